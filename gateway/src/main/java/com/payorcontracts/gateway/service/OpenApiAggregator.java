package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.payorcontracts.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gathers each route's OpenAPI document and merges them. A service that cannot be reached keeps
 * its last document; one never seen is named in the merged document's description, so a reader
 * knows the document is partial.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class);

    private final RouteTable routes;
    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final HttpClient client;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(JsonNode document, Instant fetchedAt) {
    }

    OpenApiAggregator(RouteTable routes, GatewayConfig config, ObjectMapper mapper, Vertx vertx) {
        this.routes = routes;
        this.config = config;
        this.mapper = mapper;
        this.clock = Clock.systemUTC();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1000));
    }

    public Uni<ObjectNode> merged() {
        List<RouteTable.Target> targets = routes.all().stream().filter(RouteTable.Target::hasOpenapi).toList();
        List<Future<JsonNode>> fetches = new ArrayList<>();
        for (RouteTable.Target target : targets) {
            fetches.add(document(target));
        }
        Future<ObjectNode> all = Future.join(new ArrayList<>(fetches)).transform(ignored -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                JsonNode document = fetches.get(i).result();
                if (document == null) {
                    missing.add(targets.get(i).name());
                } else {
                    sources.add(new OpenApiMerger.Source(targets.get(i).name(), document));
                }
            }
            // Sorted so the merged document is stable whichever service answered first.
            sources.sort(java.util.Comparator.comparing(OpenApiMerger.Source::service));
            String description = "One document over every payorcontracts service, served by the gateway."
                    + (missing.isEmpty() ? "" : " Not reachable just now, so missing: " + String.join(", ", missing) + ".");
            return Future.succeededFuture(GatewayOpenApi.secure(OpenApiMerger.merge("payorcontracts API", "1.0", description, sources)));
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private Future<JsonNode> document(RouteTable.Target target) {
        Cached cached = cache.get(target.name());
        if (cached != null && cached.fetchedAt().plus(config.openapiCacheTtl()).isAfter(Instant.now(clock))) {
            return Future.succeededFuture(cached.document());
        }
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(target.host())
                .setPort(target.port()).setSsl(target.ssl()).setURI(target.openapiPath()).setIdleTimeout(2000)
                .putHeader("Accept", "application/json");
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> {
                    try {
                        JsonNode document = mapper.readTree(body.getBytes());
                        cache.put(target.name(), new Cached(document, Instant.now(clock)));
                        return document;
                    } catch (IOException e) {
                        throw new IllegalStateException("not JSON: " + e.getMessage(), e);
                    }
                })
                .recover(failure -> {
                    LOG.debugf("OpenAPI of %s unavailable: %s", target.name(), failure.getMessage());
                    return Future.succeededFuture(cached == null ? null : cached.document());
                });
    }
}
