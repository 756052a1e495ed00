package com.payorcontracts.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * States in every service's OpenAPI document which fields an answer always carries: each property
 * of a schema that only responses show is {@code required}, unless its schema admits {@code null}
 * ({@code @Schema(nullable = true)} on the record component: a value that may be null or left
 * out). So a DTO says only what is exceptional, and a generated client gets non-optional
 * properties for the rest. A schema also sent in requests (a fee-schedule line, the pricing
 * engine's terms) keeps what Bean Validation says ({@code @NotNull} is required), because a client
 * may leave its other fields out. ApiConformanceIT checks the live answers against this, so a field
 * that is absent or null after all fails the build rather than a client.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequiredProperties implements OASFilter {

    private static final String COMPONENT = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        Set<String> sent = new HashSet<>();
        walk(sent(openAPI), components, sent, schema -> { });
        // What requests send too is left as Bean Validation made it: the walk below passes it by.
        walk(answered(openAPI), components, new HashSet<>(sent), RequiredProperties::require);
    }

    /** Every property that may not be null is present: the rule the services' JSON keeps. */
    static void require(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        schema.getProperties().forEach((name, property) -> {
            if (!admitsNull(property)) {
                required.add(name);
            }
        });
        schema.setRequired(new ArrayList<>(required));
    }

    /** Whether a schema allows {@code null}: a {@code "null"} type, or a null alternative of anyOf/oneOf. */
    static boolean admitsNull(Schema schema) {
        if (schema == null) {
            return false;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        return Stream.of(schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).flatMap(Collection::stream)
                .anyMatch(RequiredProperties::admitsNull);
    }

    /**
     * Visits the given schemas and every schema inside them, following each {@code $ref} to a
     * component not yet in {@code named} (which it adds).
     */
    private static void walk(List<Schema> roots, Map<String, Schema> components, Set<String> named, Consumer<Schema> visit) {
        Deque<Schema> open = new ArrayDeque<>(roots);
        Set<Schema> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            if (!visited.add(schema)) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null) {
                if (components != null && ref.startsWith(COMPONENT) && named.add(ref)) {
                    Schema component = components.get(ref.substring(COMPONENT.length()));
                    if (component != null) {
                        open.push(component);
                    }
                }
                continue;
            }
            visit.accept(schema);
            children(schema).forEach(open::push);
        }
    }

    /** The schemas of every request body. */
    private static List<Schema> sent(OpenAPI openAPI) {
        List<Schema> schemas = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getRequestBodies() != null) {
            openAPI.getComponents().getRequestBodies().values().forEach(body -> schemas.addAll(of(body.getContent())));
        }
        operations(openAPI).forEach(operation -> {
            if (operation.getRequestBody() != null) {
                schemas.addAll(of(operation.getRequestBody().getContent()));
            }
        });
        return schemas;
    }

    private static List<Operation> operations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().values().stream()
                .filter(item -> item.getOperations() != null)
                .flatMap(item -> item.getOperations().values().stream()).toList();
    }

    private static List<Schema> answered(OpenAPI openAPI) {
        List<Schema> schemas = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(response -> schemas.addAll(of(response.getContent())));
        }
        operations(openAPI).forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> schemas.addAll(of(response.getContent())));
            }
        });
        return schemas;
    }

    private static List<Schema> of(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull).toList();
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).forEach(children::addAll);
        return children;
    }
}
