package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.service.RouteMetrics;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/** Times every /api/v1 request, refused ones included, from routing to the response's end. */
@Singleton
public class RequestTimer {

    private final RouteMetrics metrics;

    RequestTimer(RouteMetrics metrics) {
        this.metrics = metrics;
    }

    void handle(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.addEndHandler(done -> metrics.record(ctx.request().method().name(), RouteResolver.of(ctx),
                ctx.request().path(), ctx.response().getStatusCode(), System.nanoTime() - start));
        ctx.next();
    }
}
