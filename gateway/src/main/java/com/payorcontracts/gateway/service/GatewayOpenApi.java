package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway adds to the merged OpenAPI document, because the gateway is where it happens:
 * the bearer-token scheme on every /api/v1 operation, the problem+json answers the gateway
 * itself may give (401, 403, 413, 429, 503, 504), so a generated client knows them, and the one
 * operation it answers itself, GET /api/v1/me.
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
        addMe(document, schemas);
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

    private static void addMe(ObjectNode document, ObjectNode schemas) {
        ObjectNode operationSchema = schemas.putObject("CallerOperation").put("type", "object")
                .put("description", "An operation of this API that the caller's roles allow");
        operationSchema.putArray("required").add("method").add("path").add("operationId");
        ObjectNode operationProperties = operationSchema.putObject("properties");
        operationProperties.putObject("operationId").put("type", "string").put("description", "As in this document");
        operationProperties.putObject("method").put("type", "string").put("example", "POST");
        operationProperties.putObject("path").put("type", "string").put("example", "/api/v1/contracts/{id}/status");
        ObjectNode me = schemas.putObject("Me").put("type", "object")
                .put("description", "Who the bearer token says the caller is, and what its roles allow");
        me.putArray("required").add("subject").add("roles").add("operations");
        ObjectNode properties = me.putObject("properties");
        properties.putObject("subject").put("type", "string").put("description", "The token's subject");
        properties.putObject("roles").put("type", "array").put("description", "The token's roles, sorted")
                .putObject("items").put("type", "string");
        properties.putObject("operations").put("type", "array")
                .put("description", "Every operation these roles may call, in this document's order")
                .putObject("items").put("$ref", "#/components/schemas/CallerOperation");

        document.withArray("tags").addObject().put("name", "Caller")
                .put("description", "gateway: who the token names and what it may do");
        document.withArray("x-tagGroups").addObject().put("name", "gateway").putArray("tags").add("Caller");
        ObjectNode get = document.with("paths").putObject("/api/v1/me").putObject("get")
                .put("summary", "Who the caller is: the token's subject, its roles and the operations they allow")
                .put("description", "Answered by the gateway from the token and the security matrix, so a user interface "
                        + "can hide what the caller may not do.")
                .put("operationId", "getMe");
        get.putArray("tags").add("Caller");
        ObjectNode responses = get.putObject("responses");
        responses.putObject("200").put("description", "OK")
                .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Me");
        responses.putObject("400").put("description", "A query parameter was given; this operation takes none")
                .putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
    }
}
