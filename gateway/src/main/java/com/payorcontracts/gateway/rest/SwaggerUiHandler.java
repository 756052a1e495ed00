package com.payorcontracts.gateway.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Swagger UI over the merged document. Its scripts come from the swagger-ui webjar, which Quarkus
 * serves from the classpath under /webjars; this handler only writes the page that loads them.
 */
@ApplicationScoped
public class SwaggerUiHandler {

    private final String page;

    SwaggerUiHandler() {
        String base = "/webjars/swagger-ui/" + webjarVersion();
        this.page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="UTF-8">
                  <title>payorcontracts API</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                  <link rel="icon" type="image/png" href="%1$s/favicon-32x32.png">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$s/swagger-ui-bundle.js"></script>
                  <script src="%1$s/swagger-ui-standalone-preset.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({
                      url: "/q/openapi?format=json",
                      dom_id: "#swagger-ui",
                      deepLinking: true,
                      persistAuthorization: true,
                      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                      layout: "StandaloneLayout"
                    });
                  </script>
                </body>
                </html>
                """.formatted(base);
    }

    void handle(RoutingContext ctx) {
        if (ctx.request().path().equals("/q/swagger-ui")) {
            // Relative asset paths need the trailing slash; send the browser there.
            ctx.response().setStatusCode(301).putHeader("Location", "/q/swagger-ui/").end();
            return;
        }
        ctx.response().putHeader("Content-Type", "text/html;charset=UTF-8").end(page);
    }

    private static String webjarVersion() {
        try (InputStream in = SwaggerUiHandler.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
