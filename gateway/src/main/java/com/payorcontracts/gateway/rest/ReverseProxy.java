package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.config.GatewayConfig;
import com.payorcontracts.gateway.service.CircuitBreaker;
import com.payorcontracts.gateway.service.RoutePolicies;
import com.payorcontracts.gateway.service.RouteTable;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

/**
 * Forwards a request to the service that owns its path and streams the answer back: bodies are
 * piped through in both directions, never parsed, and status and headers pass unchanged except
 * for hop-by-hop headers, which belong to one connection only (RFC 9110 section 7.6.1). Each
 * route has a body size limit (413) and a circuit breaker (a fast 503 while its service fails).
 */
@Singleton
public class ReverseProxy {

    private static final Logger LOG = Logger.getLogger(ReverseProxy.class);
    /** Compared ignoring case without lowercasing each header name (no string per header and request). */
    private static final Set<String> HOP_BY_HOP = hopByHop("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host",
            // The gateway's own span replaces the caller's trace context (RequestSpans puts it on).
            "traceparent", "tracestate",
            // Services build links from these and believe them from the gateway only: a caller's own
            // are dropped, and the gateway writes X-Forwarded-Host, -Proto and -For itself.
            "forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port",
            "x-forwarded-prefix", "x-forwarded-server", "x-forwarded-ssl");

    private final RoutePolicies policies;
    private final RequestSpans spans;
    /**
     * One client, and so one connection pool, per event loop. A shared pool hands a request on one
     * event loop a connection owned by another, and every answer then crosses threads; measured on
     * two cores, that hop cost about a quarter of the gateway's CPU per request
     * (docs/benchmarks.md, gateway). Connections are made on the loop that asks for them.
     */
    private final ThreadLocal<HttpClient> clients;

    ReverseProxy(RoutePolicies policies, RequestSpans spans, Vertx vertx, GatewayConfig config) {
        this.policies = policies;
        this.spans = spans;
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(config.connectionPoolSize())
                .setPipelining(false);
        this.clients = ThreadLocal.withInitial(() -> vertx.createHttpClient(options));
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        String requestId = RequestIds.of(ctx);
        RouteTable.Target target = RouteResolver.of(ctx);
        if (target == null) {
            Problems.send(response, 404, "Not found", "no service serves " + request.path(), request.path());
            return;
        }
        Span span = RequestSpans.of(ctx);
        RequestSpans.route(span, request.method().name(), target.prefix());
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long maxBody = hasBody(request, length) ? policies.maxBodySize(target.name(), request.path()) : Long.MAX_VALUE;
        if (length != null && declaredLength(length) > maxBody) {
            tooLarge(request, response, maxBody);
            return;
        }
        CircuitBreaker breaker = policies.breaker(target.name());
        long waitMillis = breaker.acquire();
        if (waitMillis > 0) {
            request.resume();
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            response.putHeader("Retry-After", Long.toString(seconds));
            Problems.send(response, 503, "Service unavailable", "the " + target.name()
                    + " service is failing; the gateway tries it again in " + seconds + " s", request.path());
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
        clients.get().request(options).onComplete(connected -> {
            if (connected.failed()) {
                request.resume();
                if (response.closed()) {
                    return;
                }
                breaker.failed();
                unavailable(response, target, request.path(), connected.cause());
                return;
            }
            HttpClientRequest upstream = connected.result();
            // A client that hangs up early: stop the service's answer instead of writing to a closed response.
            if (response.closed()) {
                upstream.reset();
                return;
            }
            response.closeHandler(closed -> upstream.reset());
            copyHeaders(request.headers(), upstream.headers());
            upstream.putHeader(RequestIds.HEADER, requestId);
            spans.inject(span, upstream.headers());
            upstream.putHeader("X-Forwarded-Host", request.authority() == null ? "" : request.authority().toString());
            upstream.putHeader("X-Forwarded-Proto", request.scheme());
            if (request.remoteAddress() != null) {
                upstream.putHeader("X-Forwarded-For", request.remoteAddress().hostAddress());
            }
            LimitedBody body = new LimitedBody(request, maxBody);
            upstream.send(body).onComplete(answered -> {
                if (body.tooLarge()) {
                    if (answered.succeeded()) {
                        // Cut on purpose: not worth an error in the log.
                        answered.result().exceptionHandler(ignored -> { });
                    }
                    upstream.reset();
                    tooLarge(request, response, maxBody);
                    return;
                }
                if (answered.failed()) {
                    if (response.closed()) {
                        // The client left and the request was reset for it: not the service's failure.
                        return;
                    }
                    breaker.failed();
                    unavailable(response, target, request.path(), answered.cause());
                    return;
                }
                breaker.succeeded();
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

    /**
     * Whether the request may carry a body: an HTTP/1.1 request without Content-Length and
     * Transfer-Encoding has none (RFC 9112 section 6.3), so most GETs skip the upload-path match.
     * HTTP/2 frames a body without either header, so there the limit always applies.
     */
    private static boolean hasBody(HttpServerRequest request, String length) {
        return length != null || request.version() == HttpVersion.HTTP_2
                || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static long declaredLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void tooLarge(HttpServerRequest request, HttpServerResponse response, long maxBody) {
        // The rest of the body is not wanted: close the connection instead of reading it.
        response.putHeader(HttpHeaders.CONNECTION, "close");
        Problems.send(response, 413, "Content too large", "the request body may be at most " + maxBody
                + " bytes on " + request.path(), request.path());
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
            if (!HOP_BY_HOP.contains(header.getKey())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static Set<String> hopByHop(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }
}
