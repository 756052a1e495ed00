package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * CORS for the configured front-end origins only ({@code gateway.cors.origins}, none by default;
 * ./run.sh allows http://localhost:3000 and http://localhost:5173 unless GATEWAY_CORS_ORIGINS says otherwise).
 * A request from another origin gets no CORS headers, so the browser keeps its answer from the
 * page; a preflight from another origin gets 403. Preflights are answered here, before the token
 * check, because browsers send them without credentials.
 */
@Singleton
public class CorsHandler {

    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, "
            + "Idempotency-Key, Prefer, X-Request-Id, traceparent, tracestate";
    private static final String EXPOSED_HEADERS = "Location, ETag, Idempotent-Replayed, Retry-After, X-Request-Id, Content-Disposition";

    private final Set<String> origins;
    private final String maxAge;

    CorsHandler(GatewayConfig config) {
        this.origins = Set.copyOf(config.cors().origins().orElse(List.of()));
        this.maxAge = Long.toString(config.cors().maxAge().toSeconds());
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader("Origin");
        boolean preflight = request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null;
        if (origin == null) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        response.putHeader("Vary", "Origin");
        if (!origins.contains(origin)) {
            if (preflight) {
                Problems.send(response, 403, "Forbidden", "origin " + origin + " may not call this API", request.path());
            } else {
                ctx.next();
            }
            return;
        }
        response.putHeader("Access-Control-Allow-Origin", origin);
        if (preflight) {
            response.putHeader("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .putHeader("Access-Control-Max-Age", maxAge)
                    .setStatusCode(204)
                    .end();
            return;
        }
        response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        ctx.next();
    }
}
