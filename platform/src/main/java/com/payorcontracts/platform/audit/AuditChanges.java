package com.payorcontracts.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a change changed, field by field, for the audit trail: {@code {"field", "from", "to"}} per
 * leaf that differs between two JSON snapshots (nested fields as {@code address.city}). A
 * restricted field (walk-away floors) is named, never its values, so the trail shows nobody what
 * the matrix hides. Bookkeeping fields (versions, timestamps) are left out; a value longer than
 * {@value #MAX_VALUE_CHARS} characters is replaced by its size.
 */
public final class AuditChanges {

    static final int MAX_VALUE_CHARS = 500;
    private static final Set<String> BOOKKEEPING = Set.of("version", "rowVersion", "createdAt", "updatedAt", "persistent");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AuditChanges() {
    }

    /** The differences from {@code before} to {@code after}; null before is a creation, null after a removal. */
    public static ArrayNode diff(JsonNode before, JsonNode after, Set<String> restricted) {
        ArrayNode out = NODES.arrayNode();
        walk("", orMissing(before), orMissing(after), restricted, out);
        return out;
    }

    private static void walk(String path, JsonNode before, JsonNode after, Set<String> restricted, ArrayNode out) {
        if (isAbsent(before) && isAbsent(after) || before.equals(after)) {
            return;
        }
        if (isObjectOrAbsent(before) && isObjectOrAbsent(after)) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (BOOKKEEPING.contains(name)) {
                    continue;
                }
                String field = path.isEmpty() ? name : path + "." + name;
                JsonNode from = orMissing(before.get(name));
                JsonNode to = orMissing(after.get(name));
                if (restricted.contains(name)) {
                    if (!from.equals(to)) {
                        out.add(NODES.objectNode().put("field", field).put("restricted", true));
                    }
                } else {
                    walk(field, from, to, restricted, out);
                }
            }
            return;
        }
        ObjectNode change = NODES.objectNode().put("field", path);
        change.set("from", value(before));
        change.set("to", value(after));
        out.add(change);
    }

    private static JsonNode value(JsonNode node) {
        if (isAbsent(node)) {
            return NODES.nullNode();
        }
        if (node.toString().length() <= MAX_VALUE_CHARS) {
            return node;
        }
        return node.isArray() ? NODES.objectNode().put("items", node.size())
                : NODES.objectNode().put("characters", node.isTextual() ? node.textValue().length() : node.toString().length());
    }

    private static boolean isObjectOrAbsent(JsonNode node) {
        return node.isObject() || isAbsent(node);
    }

    private static boolean isAbsent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? MissingNode.getInstance() : node;
    }
}
