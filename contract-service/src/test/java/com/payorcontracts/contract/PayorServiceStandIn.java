package com.payorcontracts.contract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for payor-service on a free loopback port: it knows every payor except those whose id
 * starts with {@link ContractJson#UNKNOWN_PAYOR_PREFIX}. contract-service asks it before writing.
 * Like payor-service, it answers 401 to a request without the caller's bearer token: contract-service
 * must pass on the token it was called with.
 */
public class PayorServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                request.response().setStatusCode(401).end();
                return;
            }
            boolean unknown = request.path().startsWith("/api/v1/payors/" + ContractJson.UNKNOWN_PAYOR_PREFIX);
            request.response().setStatusCode(unknown ? 404 : 200).putHeader("Content-Type", "application/json")
                    .end(unknown ? "{\"status\":404}" : "{\"id\":\"" + request.path().substring(request.path().lastIndexOf('/') + 1)
                            + "\",\"name\":\"Stand-in Mutual Health\"}");
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the payor-service stand-in", e);
        }
        return Map.of("quarkus.rest-client.payor-service.url", "http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
