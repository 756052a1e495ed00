package com.payorcontracts.gateway.service;

import com.payorcontracts.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client and route: a client may send {@code burst} requests at once and
 * {@code requests-per-second} on average. Buckets idle for a minute are forgotten (a full bucket
 * and a missing one mean the same).
 */
@Singleton
public class RateLimiter {

    /** A route's limits. */
    public record Limit(double requestsPerSecond, int burst) {
    }

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Map<String, Limit> limits = new ConcurrentHashMap<>();
    private final Limit fallback;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    @Inject
    RateLimiter(GatewayConfig config, Vertx vertx) {
        this(new Limit(config.rateLimit().requestsPerSecond(), config.rateLimit().burst()), System::nanoTime);
        config.routes().forEach((name, route) -> limits.put(name, new Limit(
                route.rateLimit().requestsPerSecond().orElse(fallback.requestsPerSecond()),
                route.rateLimit().burst().orElse(fallback.burst()))));
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> forgetIdle());
    }

    RateLimiter(Limit fallback, LongSupplier nanoTime) {
        this.fallback = fallback;
        this.nanoTime = nanoTime;
    }

    void limit(String route, Limit limit) {
        limits.put(route, limit);
    }

    /** Takes one request from the client's bucket: 0 if it may go, else the seconds to wait (at least 1). */
    public long acquire(String route, String client) {
        Limit limit = limits.getOrDefault(route, fallback);
        Bucket bucket = buckets.computeIfAbsent(route + '\n' + client, key -> new Bucket(limit.burst(), nanoTime.getAsLong()));
        double wait = bucket.take(limit, nanoTime.getAsLong());
        return wait <= 0 ? 0 : Math.max(1, (long) Math.ceil(wait));
    }

    void forgetIdle() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        /** Seconds until a token is there, or 0 after taking one. */
        synchronized double take(Limit limit, long now) {
            tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.requestsPerSecond());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / limit.requestsPerSecond();
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
