package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.config.GatewayConfig;
import com.payorcontracts.gateway.service.RouteTable;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Forwards a request to the service that owns its path and streams the answer back: bodies are
 * piped through in both directions, never parsed, and status and headers pass unchanged except
 * for hop-by-hop headers, which belong to one connection only (RFC 9110 section 7.6.1).
 */
@ApplicationScoped
public class ReverseProxy {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final RouteTable routes;
    private final HttpClient client;

    ReverseProxy(RouteTable routes, Vertx vertx, GatewayConfig config) {
        this.routes = routes;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setPipelining(false));
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        String requestId = requestIdOf(request);
        response.putHeader(REQUEST_ID, requestId);
        RouteTable.Target target = routes.match(request.path()).orElse(null);
        if (target == null) {
            Problems.send(response, 404, "Not found", "no service serves " + request.path(), request.path());
            return;
        }
        request.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.ssl())
                .setURI(request.uri())
                .setIdleTimeout(target.timeout().toMillis());
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                request.resume();
                unavailable(response, target, request.path(), connected.cause());
                return;
            }
            HttpClientRequest upstream = connected.result();
            copyHeaders(request.headers(), upstream.headers());
            upstream.putHeader(REQUEST_ID, requestId);
            upstream.putHeader("X-Forwarded-Host", request.authority() == null ? "" : request.authority().toString());
            upstream.putHeader("X-Forwarded-Proto", request.scheme());
            if (request.remoteAddress() != null) {
                upstream.putHeader("X-Forwarded-For", request.remoteAddress().hostAddress());
            }
            upstream.send(request).onComplete(answered -> {
                if (answered.failed()) {
                    unavailable(response, target, request.path(), answered.cause());
                    return;
                }
                relay(answered.result(), response);
            });
        });
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response) {
        response.setStatusCode(upstream.statusCode());
        response.setStatusMessage(upstream.statusMessage());
        copyHeaders(upstream.headers(), response.headers());
        if (!upstream.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        upstream.pipeTo(response);
    }

    private static void unavailable(HttpServerResponse response, RouteTable.Target target, String path, Throwable cause) {
        boolean slow = cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout");
        LOG.warnf("%s service did not answer %s: %s", target.name(), path, cause.getMessage());
        if (slow) {
            Problems.send(response, 504, "Gateway timeout", "the " + target.name() + " service did not answer in time", path);
        } else {
            Problems.send(response, 503, "Service unavailable", "the " + target.name() + " service is unavailable", path);
        }
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static String requestIdOf(HttpServerRequest request) {
        String given = request.getHeader(REQUEST_ID);
        // Accept a caller's id only if it is a sane token, so logs cannot be forged with it.
        if (given != null && given.length() <= 128 && given.matches("[A-Za-z0-9._:-]+")) {
            return given;
        }
        return UUID.randomUUID().toString();
    }
}
