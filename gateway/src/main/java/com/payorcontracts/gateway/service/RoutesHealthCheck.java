package com.payorcontracts.gateway.service;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.ArrayList;
import java.util.List;

/**
 * Readiness data: each route's service (its own /q/health/ready, UP or DOWN) and circuit.
 * The check itself is always UP. A gateway that went unready whenever one service is down would
 * be taken out of the load balancer (and docker compose would restart it), so every route would
 * fail because one did; instead the down route answers a quick 503 and the others keep working.
 */
@Readiness
@ApplicationScoped
public class RoutesHealthCheck implements AsyncHealthCheck {

    private final RouteTable routes;
    private final RoutePolicies policies;
    private final HttpClient client;

    RoutesHealthCheck(RouteTable routes, RoutePolicies policies, Vertx vertx) {
        this.routes = routes;
        this.policies = policies;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1000));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<RouteTable.Target> targets = routes.all().stream()
                .sorted(java.util.Comparator.comparing(RouteTable.Target::name)).toList();
        List<Future<Boolean>> probes = new ArrayList<>();
        for (RouteTable.Target target : targets) {
            probes.add(probe(target));
        }
        Future<HealthCheckResponse> all = Future.join(new ArrayList<>(probes)).transform(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("gateway routes").up();
            for (int i = 0; i < targets.size(); i++) {
                String name = targets.get(i).name();
                builder.withData(name, Boolean.TRUE.equals(probes.get(i).result()) ? "UP" : "DOWN");
                builder.withData(name + ".circuit", policies.breaker(name).state().name().toLowerCase().replace('_', '-'));
            }
            return Future.succeededFuture(builder.build());
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private Future<Boolean> probe(RouteTable.Target target) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(target.host())
                .setPort(target.port()).setSsl(target.ssl()).setURI("/q/health/ready").setIdleTimeout(1000);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() / 100 == 2))
                .recover(failure -> Future.succeededFuture(false));
    }
}
