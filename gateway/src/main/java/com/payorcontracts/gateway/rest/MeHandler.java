package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.service.CallerOperations;
import com.payorcontracts.gateway.service.OpenApiAggregator;
import com.payorcontracts.gateway.service.TokenVerifier;
import com.payorcontracts.security.SecurityMatrix;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

import java.util.TreeSet;

/**
 * GET /api/v1/me, answered by the gateway itself after {@link AccessGuard}: the token's subject, its
 * roles, and every operation of the API those roles may call.
 */
@Singleton
public class MeHandler {

    private final OpenApiAggregator aggregator;
    private final SecurityMatrix matrix = SecurityMatrix.load();

    MeHandler(OpenApiAggregator aggregator) {
        this.aggregator = aggregator;
    }

    void handle(RoutingContext ctx) {
        TokenVerifier.Caller caller = ctx.get(AccessGuard.CALLER);
        if (!ctx.queryParams().isEmpty()) {
            // Like every operation of the API: a parameter it does not take is an error, not ignored.
            JsonArray errors = new JsonArray();
            ctx.queryParams().names().stream().sorted().forEach(name -> errors.add(new JsonObject().put("field", name)
                    .put("message", "is not a parameter of this operation; it takes none")));
            Problems.invalid(ctx.response(), "GET /api/v1/me takes no query parameters", ctx.request().path(), errors);
            return;
        }
        aggregator.merged().subscribe().with(document -> {
            JsonArray operations = new JsonArray();
            for (CallerOperations.Operation operation : CallerOperations.allowed(document, matrix, caller.roles())) {
                operations.add(new JsonObject().put("operationId", operation.operationId())
                        .put("method", operation.method()).put("path", operation.path()));
            }
            JsonObject me = new JsonObject().put("subject", caller.subject())
                    .put("roles", new JsonArray(new TreeSet<>(caller.roles()).stream().toList()))
                    .put("operations", operations);
            ctx.response().putHeader("Content-Type", "application/json")
                    // Per token: never from a shared cache.
                    .putHeader("Cache-Control", "private, no-store")
                    .putHeader("Vary", "Authorization")
                    .end(me.encode());
        }, ctx::fail);
    }
}
