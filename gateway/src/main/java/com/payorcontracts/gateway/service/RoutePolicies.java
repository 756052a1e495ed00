package com.payorcontracts.gateway.service;

import com.payorcontracts.gateway.config.GatewayConfig;
import com.payorcontracts.security.PathPattern;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What each route allows beyond its address: body sizes and its circuit breaker. */
@Singleton
public class RoutePolicies {

    private record BodyLimits(long route, List<PathPattern> uploads, long upload) {
    }

    private final Map<String, BodyLimits> bodyLimits;
    private final long defaultBodyLimit;
    private final Map<String, CircuitBreaker> breakers;

    RoutePolicies(GatewayConfig config) {
        this.defaultBodyLimit = config.maxBodySize().asLongValue();
        this.bodyLimits = config.routes().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> {
            GatewayConfig.Route route = e.getValue();
            return new BodyLimits(route.maxBodySize().map(size -> size.asLongValue()).orElse(defaultBodyLimit),
                    route.uploads().paths().orElse(List.of()).stream().map(PathPattern::of).toList(),
                    route.uploads().maxBodySize().asLongValue());
        }));
        this.breakers = config.routes().keySet().stream().collect(Collectors.toUnmodifiableMap(name -> name,
                name -> new CircuitBreaker(config.circuitBreaker().failureThreshold(), config.circuitBreaker().coolDown(),
                        System::nanoTime)));
    }

    /** Largest body, in bytes, a request to {@code path} on this route may carry. */
    public long maxBodySize(String route, String path) {
        BodyLimits limits = bodyLimits.get(route);
        if (limits == null) {
            return defaultBodyLimit;
        }
        for (PathPattern upload : limits.uploads()) {
            if (upload.matches(path)) {
                return limits.upload();
            }
        }
        return limits.route();
    }

    public CircuitBreaker breaker(String route) {
        return breakers.get(route);
    }
}
