package com.payorcontracts.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The gateway's route table and its limits. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Routes by name; the name also tags the route's operations in the merged OpenAPI document. */
    Map<String, Route> routes();

    /** How long one upstream connection attempt may take before the client gets a 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service's OpenAPI document is reused before the gateway asks again. */
    @WithDefault("10s")
    Duration openapiCacheTtl();

    /** Connections kept open to each service, per event loop (ReverseProxy keeps a pool per loop). */
    @WithDefault("64")
    int connectionPoolSize();

    /** Rate limit of a route that sets none of its own. */
    RateLimit rateLimit();

    /** Largest request body on a route that sets none of its own. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Circuit breaker of every route. */
    CircuitBreaker circuitBreaker();

    /** Cross-origin requests. */
    Cors cors();

    /** Requests per client (the token's subject), counted per route. */
    interface RateLimit {

        /** Steady rate a client may keep up. */
        @WithDefault("50")
        double requestsPerSecond();

        /** How many requests a client may send at once after a quiet spell. */
        @WithDefault("100")
        int burst();
    }

    /** A route's own rate limit; what it leaves out comes from gateway.rate-limit. */
    interface RouteRateLimit {

        /** Steady rate a client may keep up on this route. */
        OptionalDouble requestsPerSecond();

        /** Burst on this route. */
        OptionalInt burst();
    }

    /** Paths of a route that take bigger bodies than the route (uploads). */
    interface Uploads {

        /** Path patterns (security-matrix syntax: * one segment, ** any) that are uploads. */
        Optional<List<String>> paths();

        /** Largest body on those paths. */
        @WithDefault("20M")
        MemorySize maxBodySize();
    }

    /** Per route: after failure-threshold failures in a row the route fails fast for cool-down, then lets one probe through. */
    interface CircuitBreaker {

        /** Consecutive connection failures or timeouts that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before it lets one probe through. */
        @WithDefault("10s")
        Duration coolDown();
    }

    /** Which browser origins may call the API. */
    interface Cors {

        /** Allowed origins, e.g. https://app.example.com; none by default. */
        Optional<List<String>> origins();

        /** How long a browser may cache a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

    /** One route. */
    interface Route {

        /** Path prefix this route owns, e.g. /api/v1/payors. */
        String prefix();

        /** Base URL of the service; the request path is appended unchanged. */
        String url();

        /** Longest time without a byte from the service before the client gets a 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Whether the route's service has an OpenAPI document of its own to merge (false when another route's covers it). */
        @WithDefault("true")
        boolean openapi();

        /** Where the service serves its OpenAPI document, relative to its base URL. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        /** This route's rate limit. */
        RouteRateLimit rateLimit();

        /** Largest request body on this route (default gateway.max-body-size). */
        Optional<MemorySize> maxBodySize();

        /** Upload paths of this route with a bigger limit. */
        Uploads uploads();
    }
}
