package com.payorcontracts.gateway.service;

import com.payorcontracts.gateway.config.GatewayConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the route of a request path: the longest configured prefix that matches on a segment boundary. */
@Singleton
public class RouteTable {

    /** A resolved route. */
    public record Target(String name, String prefix, String host, int port, boolean ssl, Duration timeout,
                         String openapiPath) {
        /** Whether the route contributes its own OpenAPI document. */
        public boolean hasOpenapi() {
            return openapiPath != null;
        }
    }

    private final List<Target> targets;

    @Inject
    RouteTable(GatewayConfig config) {
        this(config.routes().entrySet().stream()
                .map(e -> target(e.getKey(), e.getValue()))
                .toList());
    }

    RouteTable(List<Target> targets) {
        this.targets = targets.stream().sorted(Comparator.comparingInt((Target t) -> t.prefix().length()).reversed()).toList();
    }

    public Optional<Target> match(String path) {
        for (Target target : targets) {
            String prefix = target.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/'
                    || path.charAt(prefix.length()) == '?')) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    public List<Target> all() {
        return targets;
    }

    static Target target(String name, GatewayConfig.Route route) {
        URI uri = URI.create(route.url());
        boolean ssl = "https".equals(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
        return new Target(name, route.prefix(), uri.getHost(), port, ssl, route.timeout(),
                route.openapi() ? route.openapiPath() : null);
    }
}
