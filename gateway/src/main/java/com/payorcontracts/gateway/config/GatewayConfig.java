package com.payorcontracts.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

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
    }
}
