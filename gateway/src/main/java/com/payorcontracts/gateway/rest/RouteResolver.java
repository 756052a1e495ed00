package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.service.RouteTable;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Finds the route of an /api/v1 request once, before the other handlers, and keeps it on the
 * request for the rate limit, the proxy and the metrics.
 */
@Singleton
public class RouteResolver {

    private static final String ROUTE = "route";

    private final RouteTable routes;

    RouteResolver(RouteTable routes) {
        this.routes = routes;
    }

    void handle(RoutingContext ctx) {
        routes.match(ctx.request().path()).ifPresent(target -> ctx.put(ROUTE, target));
        ctx.next();
    }

    /** The request's route, or null where no service serves its path. */
    static RouteTable.Target of(RoutingContext ctx) {
        return ctx.get(ROUTE);
    }
}
