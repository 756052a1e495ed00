package com.payorcontracts.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.concurrent.TimeUnit;

/**
 * A stand-in service on a loopback port: answers 200 to anything but /q/openapi, naming itself in
 * {@code X-Stand-In} and echoing what it received (Authorization, traceparent, body size); a path
 * ending in {@code /slow} is answered after 300 ms. Use it
 * as {@code @RegisterExtension static final StandIn SERVICES = new StandIn(18181)} (up for the
 * test class) or start and close it yourself.
 */
public final class StandIn implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final int[] ports;
    private Vertx vertx;

    public StandIn(int... ports) {
        this.ports = ports;
    }

    /** Starts one echoing stand-in per port. */
    public StandIn start() throws Exception {
        vertx = Vertx.vertx();
        for (int port : ports) {
            HttpServer server = vertx.createHttpServer().requestHandler(request -> echo(request, port));
            server.listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    private void echo(HttpServerRequest request, int port) {
        if (request.path().endsWith("/slow")) {
            request.pause();
            vertx.setTimer(300, t -> {
                request.resume();
                answer(request, port);
            });
            return;
        }
        answer(request, port);
    }

    private static void answer(HttpServerRequest request, int port) {
        if (request.path().startsWith("/q/openapi")) {
            // No document: the gateway's OpenAPI cache keeps only what ReverseProxyTest's stand-in serves.
            request.response().setStatusCode(404).end();
            return;
        }
        request.body().onSuccess(body -> request.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Stand-In", Integer.toString(port))
                .putHeader("X-Seen-Authorization", String.valueOf(request.getHeader("Authorization")))
                .putHeader("X-Seen-Traceparent", String.valueOf(request.getHeader("traceparent")))
                .putHeader("X-Seen-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                .end("{\"method\":\"" + request.method() + "\",\"path\":\"" + request.path() + "\",\"bodyBytes\":" + body.length() + "}"));
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
