package com.payorcontracts.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.payorcontracts.gateway.service.OpenApiAggregator;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Serves the merged OpenAPI document at /q/openapi: YAML by default, JSON with ?format=json or Accept. */
@ApplicationScoped
public class OpenApiHandler {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final OpenApiAggregator aggregator;
    private final ObjectMapper json;

    OpenApiHandler(OpenApiAggregator aggregator, ObjectMapper json) {
        this.aggregator = aggregator;
        this.json = json;
    }

    void handle(RoutingContext ctx) {
        boolean asJson = "json".equalsIgnoreCase(ctx.request().getParam("format"))
                || (ctx.request().getParam("format") == null
                && String.valueOf(ctx.request().getHeader("Accept")).contains("application/json"));
        aggregator.merged().subscribe().with(document -> {
            try {
                ctx.response()
                        .putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .end(asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsString(document) : yaml(document));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
        }, ctx::fail);
    }

    private static String yaml(ObjectNode document) throws JsonProcessingException {
        return YAML.writeValueAsString(document);
    }
}
