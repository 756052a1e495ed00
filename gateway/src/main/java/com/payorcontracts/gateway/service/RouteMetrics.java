package com.payorcontracts.gateway.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Count and duration of /api/v1 requests per route, method and status, in the series Quarkus'
 * HTTP binder writes for every other path: {@code http_server_requests_seconds{method, uri,
 * status, outcome}}, with {@code uri} the route ({@code /api/v1/payors}, or
 * {@code /api/v1/payors/{path}} below it), never an id, and histogram buckets from 1 ms to 60 s.
 *
 * <p>The binder skips /api/v1 in the gateway ({@code ignore-patterns}): it matched each path
 * against the route patterns, built and sorted the tags and looked the timer up in the registry on
 * every request, about 6 % of the gateway's CPU per request. Here the timer is found by one map
 * lookup.
 */
@Singleton
public class RouteMetrics {

    static final String NOT_FOUND = "NOT_FOUND";
    /** Any other method a client makes up is counted as OTHER, so clients cannot add series without end. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT");

    /** A route's prefix, or null where no route serves the path; below: a path under the prefix. */
    private record Series(String prefix, boolean below, String method, int status) {

        String uri() {
            return prefix == null ? NOT_FOUND : below ? prefix + "/{path}" : prefix;
        }
    }

    private final MeterRegistry registry;
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one request to {@code path} on {@code route} (null where no route serves the path). */
    public void record(String method, RouteTable.Target route, String path, int status, long nanos) {
        String prefix = route == null ? null : route.prefix();
        boolean below = prefix != null && path.length() > prefix.length();
        Series series = new Series(prefix, below, METHODS.contains(method) ? method : "OTHER", status);
        timers.computeIfAbsent(series, this::register).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer register(Series series) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests the gateway answered, per route")
                .tag("method", series.method())
                .tag("uri", series.uri())
                .tag("status", Integer.toString(series.status()))
                .tag("outcome", Outcome.forStatus(series.status()).name())
                // Buckets, so that a p99 per route can be computed across replicas (histogram_quantile).
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
    }
}
