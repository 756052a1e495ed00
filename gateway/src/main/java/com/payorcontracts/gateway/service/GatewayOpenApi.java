package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway adds to the merged OpenAPI document, because the gateway is where it happens:
 * the bearer-token scheme on every /api/v1 operation, and the problem+json answers the gateway
 * itself may give (401, 403, 413, 429, 503, 504), so a generated client knows them.
 */
public final class GatewayOpenApi {

    static final String SCHEME = "bearerAuth";
    // Ordered, so that the document (and its committed snapshot, docs/openapi.json) is the same on every run.
    private static final Map<String, String> GATEWAY_ANSWERS = new TreeMap<>(Map.of(
            "401", "No valid bearer token (missing, expired, wrong issuer or audience, bad signature)",
            "403", "The token's roles may not do this (see docs/security.md)",
            "413", "The request body is larger than this route accepts",
            "429", "Too many requests from this client; retry after the Retry-After seconds",
            "503", "The service behind the gateway is unavailable",
            "504", "The service behind the gateway did not answer in time"));

    private GatewayOpenApi() {
    }

    public static ObjectNode secure(ObjectNode document) {
        // Relative: the API is wherever this document is served from, behind whatever host name.
        document.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
        ObjectNode components = document.with("components");
        components.with("securitySchemes").putObject(SCHEME)
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "RS256 JWT from the identity provider; locally: ./run.sh token ROLE");
        ObjectNode schemas = components.with("schemas");
        // One Problem schema for every answer: the services' (platform's ProblemDetail) where they are reachable.
        if (!schemas.has("Problem")) {
            ObjectNode problem = schemas.putObject("Problem").put("type", "object")
                    .put("description", "An RFC 9457 problem");
            ObjectNode properties = problem.putObject("properties");
            properties.putObject("type").put("type", "string");
            properties.putObject("title").put("type", "string");
            properties.putObject("status").put("type", "integer");
            properties.putObject("detail").put("type", "string");
            properties.putObject("instance").put("type", "string");
            problem.putArray("required").add("type").add("title").add("status");
        }
        ObjectNode responses = components.with("responses");
        GATEWAY_ANSWERS.forEach((status, description) -> {
            ObjectNode response = responses.putObject("Gateway" + status).put("description", description);
            response.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
            if (status.equals("429") || status.equals("503")) {
                response.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait before trying again")
                        .putObject("schema").put("type", "integer");
            }
        });
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (OpenApiMerger.METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                    op.putArray("security").addObject().putArray(SCHEME);
                    ObjectNode opResponses = op.with("responses");
                    GATEWAY_ANSWERS.keySet().forEach(status -> {
                        if (!opResponses.has(status)) {
                            opResponses.putObject(status).put("$ref", "#/components/responses/Gateway" + status);
                        }
                    });
                }
            }
        }
        return document;
    }
}
