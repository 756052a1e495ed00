package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.payorcontracts.security.SecurityMatrix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations of the merged OpenAPI document that a caller's roles allow, decided by the same
 * security matrix the gateway and the services enforce, so a front end can hide what would be
 * refused without keeping a copy of the matrix (GET /api/v1/me).
 */
public final class CallerOperations {

    /** One operation the caller may call: its operationId, HTTP method (upper case) and path template. */
    public record Operation(String operationId, String method, String path) {
    }

    private CallerOperations() {
    }

    /** In the document's order: paths as listed, and each path's methods as listed. */
    public static List<Operation> allowed(JsonNode document, SecurityMatrix matrix, Collection<String> roles) {
        List<Operation> allowed = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            String concrete = concrete(path.getKey());
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (OpenApiMerger.METHODS.contains(operation.getKey()) && matrix.allowed(method, concrete, roles)) {
                    allowed.add(new Operation(operation.getValue().path("operationId").asText(null), method, path.getKey()));
                }
            }
        }
        return allowed;
    }

    /**
     * A path the matrix can decide on: each template variable ({@code {id}}) becomes one plain
     * segment, which a matrix pattern's {@code *} matches and no literal segment does.
     */
    static String concrete(String template) {
        return template.replaceAll("\\{[^/}]+}", "_");
    }
}
