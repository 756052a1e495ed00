package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the services' OpenAPI documents into one. Paths are unioned (each service owns its own
 * prefix). A component that two services define differently under one name is renamed in the
 * later service's document to {@code <Service><Name>}, and every {@code $ref} to it follows, so no
 * definition silently replaces another; an operationId another service already uses becomes
 * {@code <service><OperationId>}, because a generated client names its methods after them. Tags
 * stay per service: each service's tags form one {@code x-tagGroups} group named after the
 * service (its document's title), and an operation without a tag gets the service's name as its tag.
 * A request body that may be JSON lists {@code application/json} first: the media type a generated
 * client sends and Swagger UI offers first.
 */
public final class OpenApiMerger {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks");

    /** One service's document. */
    public record Source(String service, JsonNode document) {
    }

    private OpenApiMerger() {
    }

    public static ObjectNode merge(String title, String version, String description, List<Source> sources) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", openapiVersion(sources));
        ObjectNode info = merged.putObject("info").put("title", title).put("version", version).put("description", description);
        // The repository's LICENSE; generated clients carry it into their package metadata.
        info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = JSON.arrayNode();
        Map<String, ObjectNode> tagsByName = new LinkedHashMap<>();
        ArrayNode tagGroups = JSON.arrayNode();
        Set<String> operationIds = new HashSet<>();

        for (Source source : sources) {
            ObjectNode document = source.document().deepCopy();
            Map<String, String> renames = new HashMap<>();
            JsonNode theirComponents = document.path("components");
            for (String kind : COMPONENT_KINDS) {
                Iterator<Map.Entry<String, JsonNode>> entries = theirComponents.path(kind).fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    JsonNode existing = components.path(kind).get(entry.getKey());
                    if (existing != null && !existing.equals(entry.getValue())) {
                        renames.put("#/components/" + kind + "/" + entry.getKey(),
                                "#/components/" + kind + "/" + prefixed(source.service(), entry.getKey()));
                    }
                }
            }
            if (!renames.isEmpty()) {
                rewriteRefs(document, renames);
            }
            for (String kind : COMPONENT_KINDS) {
                Iterator<Map.Entry<String, JsonNode>> entries = document.path("components").path(kind).fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    String ref = "#/components/" + kind + "/" + entry.getKey();
                    String name = renames.containsKey(ref) ? prefixed(source.service(), entry.getKey()) : entry.getKey();
                    components.with(kind).set(name, entry.getValue());
                }
            }
            // The service's own title (e.g. payor-service) names its group; the route's name if it has none.
            String serviceName = document.path("info").path("title").asText(source.service());
            Set<String> serviceTags = new TreeSet<>();
            for (JsonNode tag : document.path("tags")) {
                tagsByName.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag);
            }
            Iterator<Map.Entry<String, JsonNode>> theirPaths = document.path("paths").fields();
            while (theirPaths.hasNext()) {
                Map.Entry<String, JsonNode> path = theirPaths.next();
                for (ObjectNode operation : operations(path.getValue())) {
                    uniqueOperationId(source.service(), operation, operationIds);
                    jsonFirst(operation);
                    if (operation.path("tags").isEmpty()) {
                        operation.putArray("tags").add(serviceName);
                        tagsByName.putIfAbsent(serviceName, JSON.objectNode().put("name", serviceName)
                                .put("description", "Operations of " + serviceName));
                    }
                    operation.path("tags").forEach(tag -> serviceTags.add(tag.asText()));
                }
                paths.set(path.getKey(), path.getValue());
            }
            if (!serviceTags.isEmpty()) {
                ObjectNode group = tagGroups.addObject().put("name", serviceName);
                serviceTags.forEach(group.putArray("tags")::add);
            }
        }
        tagsByName.values().forEach(tags::add);
        if (!tags.isEmpty()) {
            merged.set("tags", tags);
            merged.set("x-tagGroups", tagGroups);
        }
        return merged;
    }

    /** The operations of a path item, without its shared parameters, summary or servers. */
    static List<ObjectNode> operations(JsonNode pathItem) {
        List<ObjectNode> operations = new ArrayList<>();
        pathItem.fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                operations.add(operation);
            }
        });
        return operations;
    }

    private static void jsonFirst(ObjectNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (!(content instanceof ObjectNode types) || !types.has(JSON_TYPE) || types.fieldNames().next().equals(JSON_TYPE)) {
            return;
        }
        ObjectNode reordered = JSON.objectNode();
        reordered.set(JSON_TYPE, types.get(JSON_TYPE));
        types.fields().forEachRemaining(type -> reordered.set(type.getKey(), type.getValue()));
        ((ObjectNode) operation.get("requestBody")).set("content", reordered);
    }

    private static void uniqueOperationId(String service, ObjectNode operation, Set<String> taken) {
        String id = operation.path("operationId").asText("");
        if (id.isEmpty()) {
            return;
        }
        if (!taken.add(id)) {
            String prefixed = prefixed(service, Character.toUpperCase(id.charAt(0)) + id.substring(1));
            String renamed = Character.toLowerCase(prefixed.charAt(0)) + prefixed.substring(1);
            operation.put("operationId", renamed);
            taken.add(renamed);
        }
    }

    private static String openapiVersion(List<Source> sources) {
        return sources.stream()
                .map(s -> s.document().path("openapi").asText(""))
                .filter(v -> !v.isEmpty())
                .findFirst().orElse("3.1.0");
    }

    static String prefixed(String service, String name) {
        StringBuilder prefix = new StringBuilder();
        boolean upper = true;
        for (char c : service.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                prefix.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return prefix + name;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.put("$ref", renames.get(ref.asText()));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }
}
