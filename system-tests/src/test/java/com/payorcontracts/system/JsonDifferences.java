package com.payorcontracts.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Where two JSON documents differ, as JSON pointers, so a failed comparison reads in a few lines. */
final class JsonDifferences {

    static final int LIMIT = 20;

    private JsonDifferences() {
    }

    /** Adds to {@code out} a line per place where {@code expected} and {@code actual} differ, at most {@value #LIMIT}. */
    static void collect(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= LIMIT || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (out.size() >= LIMIT) {
                    return;
                }
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!actual.has(name)) {
                    out.add(child + ": only in the snapshot");
                } else if (!expected.has(name)) {
                    out.add(child + ": only in the live document");
                } else {
                    collect(child, expected.get(name), actual.get(name), out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                collect(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else {
            out.add((pointer.isEmpty() ? "/" : pointer) + ": snapshot " + abbreviated(expected) + ", live " + abbreviated(actual));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
