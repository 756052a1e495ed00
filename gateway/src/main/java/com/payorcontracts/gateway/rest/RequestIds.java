package com.payorcontracts.gateway.rest;

import com.payorcontracts.security.RequestChecks;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else a
 * new random UUID. It goes back on the response, on to the service, and into every log line written
 * while the request is handled (MDC key {@code requestId}; Quarkus keeps the MDC per request).
 */
final class RequestIds {

    static final String HEADER = RequestChecks.REQUEST_ID;
    static final String KEY = "requestId";

    private RequestIds() {
    }

    static void handle(RoutingContext ctx) {
        String id = idOf(ctx.request());
        ctx.put(KEY, id);
        MDC.put(KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id != null ? id : idOf(ctx.request());
    }

    private static String idOf(HttpServerRequest request) {
        // Accept a caller's id only if it is a sane token, so logs cannot be forged with it.
        String given = RequestChecks.requestId(request.getHeader(HEADER));
        return given != null ? given : newId();
    }

    /**
     * A random (version 4) UUID from ThreadLocalRandom. An id names a request in logs and need not
     * be unguessable; {@code UUID.randomUUID()} draws on one shared SecureRandom, a lock every
     * request would take.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
