package com.payorcontracts.gateway.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the gateway's handlers on the HTTP router. The beans a request passes through are
 * {@code @Singleton}: an {@code @ApplicationScoped} bean is reached through a client proxy that
 * looks its instance up on every call, about 3 % of the gateway's CPU per request (measured with a
 * JFR profile: docs/benchmarks.md, gateway).
 */
@ApplicationScoped
public class GatewayRoutes {

    private final RouteResolver resolver;
    private final RequestTimer timer;
    private final RequestSpans spans;
    private final CorsHandler cors;
    private final AccessGuard guard;
    private final ReverseProxy proxy;
    private final OpenApiHandler openApi;
    private final SwaggerUiHandler swaggerUi;
    private final MeHandler me;

    GatewayRoutes(RouteResolver resolver, RequestTimer timer, RequestSpans spans, CorsHandler cors, AccessGuard guard,
                  ReverseProxy proxy, OpenApiHandler openApi, SwaggerUiHandler swaggerUi, MeHandler me) {
        this.resolver = resolver;
        this.timer = timer;
        this.spans = spans;
        this.cors = cors;
        this.guard = guard;
        this.proxy = proxy;
        this.openApi = openApi;
        this.swaggerUi = swaggerUi;
        this.me = me;
    }

    void register(@Observes Router router) {
        // Before every other route (health and metrics included), so every response has its id.
        router.route().order(-1000).handler(RequestIds::handle);
        // Ahead of Quarkus' HTTP security filters (orders -300 to -100): AccessGuard checks /api/v1 tokens
        // itself, and those handlers would only prepare an identity that nothing here asks for.
        // The one /api/v1 path the gateway answers itself, checked like every other.
        router.get("/api/v1/me").order(-901).handler(timer::handle).handler(spans::handle)
                .handler(cors::handle).handler(guard::handle).handler(me::handle);
        router.route("/api/v1/*").order(-900).handler(resolver::handle).handler(timer::handle).handler(spans::handle)
                .handler(cors::handle).handler(guard::handle).handler(proxy::handle);
        router.get("/q/openapi").handler(openApi::handle);
        router.get("/q/swagger-ui").handler(swaggerUi::handle);
        router.get("/q/swagger-ui/").handler(swaggerUi::handle);
        router.get("/q/swagger-ui/index.html").handler(swaggerUi::handle);
        router.get("/").handler(ctx -> ctx.response().setStatusCode(302).putHeader("Location", "/q/swagger-ui/").end());
    }
}
