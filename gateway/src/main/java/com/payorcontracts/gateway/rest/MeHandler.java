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
