package com.payorcontracts.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's rules, proved on every operation of the gateway's live merged OpenAPI document, so an
 * operation added later is checked without anyone remembering to (README, "One API"):
 * <ul>
 * <li>every error answer is documented as problem+json, and every error seen here is one;</li>
 * <li>an unknown query parameter is a 400 naming it, on every operation;</li>
 * <li>every PUT, PATCH, DELETE and status change takes If-Match: 428 without it, 412 with a stale one
 * (naming the current ETag), and the GET of what it changes carries an ETag that If-None-Match turns
 * into 304;</li>
 * <li>every POST that creates something takes an Idempotency-Key: a retry gets the same answer with
 * {@code Idempotent-Replayed: true}, the same key with another body is 422, and Location is the
 * address the client called (the gateway), never a service's own;</li>
 * <li>every JSON answer of a GET and of a create holds its schema: each {@code required} member
 * present, null only where the schema admits null (what generated clients rely on).</li>
 * </ul>
 * Paths are resolved from the document itself (an {@code {id}} is the first item of the collection
 * above it), and request bodies are made from its examples and schemas. {@link #EXCLUDED} names the
 * only exceptions, each with its reason; the test fails for an operation it could not check otherwise.
 */
@ExtendWith(Stack.class)
class ApiConformanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBE = "conformanceProbe";
    private static final String STALE = "W/\"987654321\"";
    private static final String GATEWAY = "http://127.0.0.1:" + Stack.GATEWAY_PORT + "/";
    private static final Set<String> CHANGES = Set.of("put", "patch", "delete");

    /** Operations a check cannot be run on, and why. Keep it short: each entry is a rule not proved. */
    private static final Map<String, String> EXCLUDED = Map.of(
            "amendContract#create", "amends only an ACTIVE contract, which takes a status walk the document does not describe",
            "postRemittance#create", "a remittance must name claims stored before, which no schema can say",
            "importPayors#create", "the CSV column list is prose in the summary, not a schema or example",
            "setOrganizationFloor#create", "a floor names a code of the service catalog, which only a PUT import fills (FloorResourceTest)",
            "setPayorFloor#create", "a floor names a code of the service catalog, which only a PUT import fills (FloorResourceTest)");

    private JsonNode document;
    private final Map<String, String> firstIds = new HashMap<>();
    private final List<String> failures = new ArrayList<>();

    private record Op(String method, String path, JsonNode node, List<JsonNode> parameters) {
        String id() {
            return node.path("operationId").asText(method + " " + path);
        }

        boolean takesHeader(String name) {
            return parameters.stream().anyMatch(p -> "header".equals(p.path("in").asText()) && name.equalsIgnoreCase(p.path("name").asText()));
        }

        boolean isStatusChange() {
            return method.equals("post") && path.endsWith("/status");
        }

        boolean creates() {
            return method.equals("post") && node.path("responses").has("201");
        }
    }

    private static JsonNode live() {
        try {
            return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                entry.getValue().path("parameters").forEach(parameters::add);
                operations.add(new Op(entry.getKey(), path.getKey(), entry.getValue(), parameters));
            }
        }));
        assertThat(operations).as("operations in the live document").hasSizeGreaterThan(50);
        return operations;
    }

    @Test
    void everyOperationFollowsTheApisRules() {
        document = live();
        List<Op> operations = operations();
        assertThat(operations.stream().map(op -> op.id() + "#create").toList())
                .as("operations named in EXCLUDED").containsAll(EXCLUDED.keySet());
        operations.sort(Comparator.comparing((Op op) -> creationOrder(op)).thenComparing(Op::path));
        for (Op op : operations) {
            documented(op);
        }
        // Creating first, so that the collections the other checks take their ids from hold something.
        for (Op op : operations) {
            if (op.creates()) {
                createsOnceWithItsIdempotencyKey(op);
            }
        }
        for (Op op : operations) {
            refusesAnUnknownQueryParameter(op);
            if (op.takesHeader("If-Match")) {
                requiresAndChecksIfMatch(op);
            }
            if (op.method().equals("get") && changeable(op.path())) {
                tagsWhatItShows(op);
            }
            if (op.method().equals("get")) {
                answersWhatItsSchemaRequires(op);
            }
        }
        assertThat(failures).as("operations that break a rule of the API (%d)", failures.size()).isEmpty();
    }

    // --- What the document says -------------------------------------------------------------------

    private void documented(Op op) {
        op.node().path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().matches("[45]\\d\\d") && !schema(response.getValue()).path("content").has(PROBLEM)) {
                fail(op, "documents " + response.getKey() + " without " + PROBLEM);
            }
        });
        if ((CHANGES.contains(op.method()) || op.isStatusChange())) {
            if (!op.takesHeader("If-Match")) {
                fail(op, "changes something but takes no If-Match");
            }
            for (String status : List.of("412", "428")) {
                if (!op.node().path("responses").has(status)) {
                    fail(op, "changes something but documents no " + status);
                }
            }
        }
        if (op.creates() && !op.takesHeader("Idempotency-Key")) {
            fail(op, "creates something (201) but takes no Idempotency-Key");
        }
        if (op.method().equals("get") && changeable(op.path())) {
            if (!op.node().path("responses").path("200").path("headers").has("ETag")) {
                fail(op, "reads something changeable but documents no ETag on 200");
            }
            if (!op.node().path("responses").has("304")) {
                fail(op, "reads something changeable but documents no 304");
            }
        }
    }

    /** Whether a path names something changed with If-Match (by a PUT, PATCH or DELETE on it, or a status change). */
    private boolean changeable(String path) {
        for (String candidate : List.of(path, path + "/status")) {
            JsonNode item = document.path("paths").path(candidate);
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> method = it.next();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    if ("If-Match".equalsIgnoreCase(parameter.path("name").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // --- What the services do ----------------------------------------------------------------------

    private void refusesAnUnknownQueryParameter(Op op) {
        RequestSpecification request = given().queryParam(PROBE, "1").header("If-Match", "*");
        String contentType = firstContentType(op);
        if (contentType != null) {
            request.contentType(contentType);
        }
        String path = resolve(op.path(), true);
        Response response = sent(() -> request.request(op.method().toUpperCase(), path));
        if (response.statusCode() != 400 || !isProblem(response)
                || !response.jsonPath().getList("errors.field", String.class).contains(PROBE)) {
            fail(op, "answers an unknown query parameter with " + response.statusCode() + " " + abbreviated(response));
        }
    }

    private void requiresAndChecksIfMatch(Op op) {
        String path = resolve(op.path(), true);
        String contentType = firstContentType(op);
        RequestSpecification missing = given();
        if (contentType != null) {
            missing.contentType(contentType);
        }
        Response without = sent(() -> missing.request(op.method().toUpperCase(), path));
        if (without.statusCode() != 428 || !isProblem(without)) {
            fail(op, "answers a change without If-Match with " + without.statusCode() + " " + abbreviated(without));
        }
        String real = resolve(op.path(), false);
        if (real == null) {
            return; // nothing of this kind exists to change; 428 and the document are all there is to check
        }
        RequestSpecification stale = given().header("If-Match", STALE);
        if (contentType != null) {
            stale.contentType(contentType).body(body(op, contentType, false));
        }
        Response response = sent(() -> stale.request(op.method().toUpperCase(), real));
        if (response.statusCode() != 412 || !isProblem(response) || response.header("ETag") == null
                || !response.header("ETag").equals(response.jsonPath().getString("currentETag"))) {
            fail(op, "answers a stale If-Match with " + response.statusCode() + " ETag " + response.header("ETag") + " "
                    + abbreviated(response));
        }
    }

    private void tagsWhatItShows(Op op) {
        String path = resolve(op.path(), false);
        if (path == null) {
            return;
        }
        Response response = sent(() -> given().get(path));
        String etag = response.header("ETag");
        if (response.statusCode() != 200 || etag == null) {
            fail(op, "reads something changeable with " + response.statusCode() + " and ETag " + etag);
            return;
        }
        int again = sent(() -> given().header("If-None-Match", etag).get(path)).statusCode();
        if (again != 304) {
            fail(op, "answers If-None-Match with its current ETag with " + again + ", not 304");
        }
    }

    private void answersWhatItsSchemaRequires(Op op) {
        String path = resolve(op.path(), false);
        if (path == null) {
            return; // nothing of this kind exists to show
        }
        String query = requiredQuery(op);
        holdsItsSchema(op, sent(() -> given().get(path + query)));
    }

    /**
     * A JSON answer holds what its documented schema promises a client: every required member
     * present, and null only where the schema admits null. So `required` and `nullable` in the
     * document, which generated clients trust, follow what the services really send.
     */
    private void holdsItsSchema(Op op, Response response) {
        JsonNode media = op.node().path("responses").path(String.valueOf(response.statusCode())).path("content").path("application/json");
        if (response.statusCode() / 100 != 2 || media.isMissingNode() || response.contentType() == null
                || !response.contentType().startsWith("application/json")) {
            return;
        }
        List<String> broken = new ArrayList<>();
        holds(media.path("schema"), read(response.asString()), "$", broken, 0);
        if (!broken.isEmpty()) {
            fail(op, "answers " + response.statusCode() + " against its schema: " + String.join("; ", broken.subList(0, Math.min(5, broken.size()))));
        }
    }

    private void holds(JsonNode reference, JsonNode value, String where, List<String> broken, int depth) {
        JsonNode schema = schema(reference);
        if (value == null || value.isNull() || depth > 12) {
            return;
        }
        List<JsonNode> alternatives = new ArrayList<>();
        schema.path("anyOf").forEach(alternatives::add);
        schema.path("oneOf").forEach(alternatives::add);
        alternatives.removeIf(alternative -> admitsNull(schema(alternative)) && !schema(alternative).has("properties"));
        if (!alternatives.isEmpty()) {
            for (JsonNode alternative : alternatives) {
                List<String> tried = new ArrayList<>();
                holds(alternative, value, where, tried, depth + 1);
                if (tried.isEmpty()) {
                    return;
                }
            }
            broken.add(where + " matches none of its schema's alternatives");
            return;
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                JsonNode member = value.get(required.asText());
                if (member == null) {
                    broken.add(where + "." + required.asText() + " is required but absent");
                } else if (member.isNull() && !admitsNull(schema(schema.path("properties").path(required.asText())))) {
                    broken.add(where + "." + required.asText() + " is required and null, which its schema does not admit");
                }
            }
            value.fields().forEachRemaining(member -> {
                JsonNode property = schema.path("properties").path(member.getKey());
                if (property.isMissingNode() && schema.path("additionalProperties").isBoolean()
                        && !schema.path("additionalProperties").asBoolean()) {
                    broken.add(where + "." + member.getKey() + " is not a member its schema names (additionalProperties: false)");
                    return;
                }
                if (member.getValue().isNull()) {
                    return; // checked above where it is required; an optional member may be left out or null
                }
                if (!property.isMissingNode()) {
                    holds(property, member.getValue(), where + "." + member.getKey(), broken, depth + 1);
                } else if (schema.path("additionalProperties").isObject()) {
                    holds(schema.path("additionalProperties"), member.getValue(), where + "." + member.getKey(), broken, depth + 1);
                }
            });
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < Math.min(value.size(), 20); i++) {
                holds(schema.path("items"), value.get(i), where + "[" + i + "]", broken, depth + 1);
            }
        }
    }

    private boolean admitsNull(JsonNode schema) {
        if (schema.path("type").isArray()) {
            for (JsonNode type : schema.path("type")) {
                if (type.asText().equals("null")) {
                    return true;
                }
            }
        }
        if (schema.path("type").asText().equals("null")) {
            return true;
        }
        for (String composition : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : schema.path(composition)) {
                if (admitsNull(schema(alternative))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void createsOnceWithItsIdempotencyKey(Op op) {
        if (EXCLUDED.containsKey(op.id() + "#create")) {
            return;
        }
        String contentType = creatingContentType(op);
        String path = resolve(op.path(), false);
        if (contentType == null || path == null) {
            fail(op, "creates something, but neither its path nor a body could be made from the document");
            return;
        }
        path = path + requiredQuery(op);
        String key = UUID.randomUUID().toString();
        Object body = body(op, contentType, false);
        Response first = post(path, contentType, key, body);
        if (first.statusCode() / 100 != 2) {
            fail(op, "could not create from the document's example or schema: " + first.statusCode() + " " + abbreviated(first)
                    + "; add an example to the request body");
            return;
        }
        holdsItsSchema(op, first);
        String location = first.header("Location");
        if ((first.statusCode() == 201 || first.statusCode() == 202)
                && (location == null || !location.startsWith(GATEWAY))) {
            fail(op, "answers with Location " + location + ", not an address through the gateway " + GATEWAY);
        } else if (location != null) {
            remember(location);
        }
        Response replay = post(path, contentType, key, body);
        if (replay.statusCode() != first.statusCode() || !"true".equals(replay.header("Idempotent-Replayed"))
                || !replay.asString().equals(first.asString()) || !String.valueOf(location).equals(String.valueOf(replay.header("Location")))) {
            fail(op, "does not replay the first answer to a retry with the same Idempotency-Key: " + replay.statusCode()
                    + " Idempotent-Replayed " + replay.header("Idempotent-Replayed"));
        }
        Response other = post(path, contentType, key, body(op, contentType, true));
        if (other.statusCode() != 422 || !isProblem(other)) {
            fail(op, "answers the same Idempotency-Key with another body with " + other.statusCode() + " " + abbreviated(other));
        }
    }

    /** The operation's required query parameters, made from their schemas, as a query string. */
    private String requiredQuery(Op op) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : op.parameters()) {
            if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()) {
                String name = parameter.path("name").asText();
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(generate(parameter.path("schema"), name).asText(),
                                java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static Response post(String path, String contentType, String key, Object body) {
        return sent(() -> given().header("Idempotency-Key", key).contentType(contentType).body(body).post(path));
    }

    // --- Paths and bodies from the document ------------------------------------------------------

    /**
     * The path with each {@code {parameter}} replaced by the id of the first item of the collection
     * above it; with {@code placeholders}, an id that names nothing where the collection is empty
     * or absent (null otherwise).
     */
    private String resolve(String template, boolean placeholders) {
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        int from = 0;
        while (parameter.find()) {
            path.append(template, from, parameter.start());
            String collection = path.substring(0, path.length() - 1);
            String id = firstId(collection);
            if (id.isEmpty()) {
                if (!placeholders) {
                    return null;
                }
                id = integerParameter(template, parameter.group(1)) ? "987654321" : UUID.randomUUID().toString();
            }
            path.append(id);
            from = parameter.end();
        }
        return path.append(template.substring(from)).toString();
    }

    /** The first item's id of a collection, remembered once there is one (an empty collection is asked again later). */
    private String firstId(String collection) {
        String known = firstIds.get(collection);
        if (known != null) {
            return known;
        }
        String id = askFirstId(collection);
        if (!id.isEmpty()) {
            firstIds.put(collection, id);
        }
        return id;
    }

    /**
     * What a create's Location names, as an id of its collection: a collection nobody can list (an
     * upload's job, say) is then still read and held to its schema.
     */
    private void remember(String location) {
        String path = URI.create(location).getPath();
        int slash = path.lastIndexOf('/');
        if (slash > 0 && slash < path.length() - 1) {
            firstIds.putIfAbsent(path.substring(0, slash), path.substring(slash + 1));
        }
    }

    private String askFirstId(String collection) {
        Response response = sent(() -> given().get(collection));
        if (response.statusCode() != 200 || !response.contentType().startsWith("application/json")) {
            return "";
        }
        JsonNode list = read(response.asString());
        JsonNode items = list.isArray() ? list : list.path("items");
        return items.isArray() && !items.isEmpty() ? items.get(0).path("id").asText("") : "";
    }

    private boolean integerParameter(String template, String name) {
        for (Iterator<JsonNode> it = document.path("paths").path(template).elements(); it.hasNext(); ) {
            for (JsonNode parameter : it.next().path("parameters")) {
                if (name.equals(parameter.path("name").asText())) {
                    return schema(parameter.path("schema")).path("type").asText().equals("integer");
                }
            }
        }
        return false;
    }

    private static String firstContentType(Op op) {
        Iterator<String> types = op.node().path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    /** The first media type with an example; otherwise JSON made from the schema. */
    private String creatingContentType(Op op) {
        JsonNode content = op.node().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return "application/json";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> media = it.next();
            if (media.getValue().path("example").isTextual()) {
                return media.getKey();
            }
        }
        return content.has("application/json") && schema(content.path("application/json").path("schema")).has("properties")
                ? "application/json" : null;
    }

    /** A body for the operation: the media type's example (text or JSON), or one made from its schema; {@code other} makes it differ. */
    private Object body(Op op, String contentType, boolean other) {
        JsonNode media = op.node().path("requestBody").path("content").path(contentType);
        if (media.has("example") && media.path("example").isTextual()) {
            return media.path("example").asText() + (other ? "\n" : "");
        }
        if (!contentType.contains("json")) {
            return other ? "\n" : "";
        }
        if (media.isMissingNode()) {
            return other ? "{}" : "";
        }
        if (op.method().equals("patch")) {
            return other ? "{\"note\":\"again\"}" : "{}";
        }
        // A JSON example on the media type is the body its authors vouch for; otherwise one is made from the schema.
        JsonNode generated = media.path("example").isObject() ? media.path("example").deepCopy()
                : generate(media.path("schema"), "body");
        if (other && generated instanceof ObjectNode object) {
            differ(object);
        }
        return generated.toString();
    }

    private JsonNode generate(JsonNode reference, String name) {
        JsonNode schema = schema(reference);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (reference.has("example")) {
            return reference.path("example");
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("properties").isMissingNode() ? "string" : "object";
        Iterable<JsonNode> types = schema.path("type").isArray() ? schema.path("type") : List.of(schema.path("type"));
        for (JsonNode named : types) {
            if (named.isTextual() && !named.asText().equals("null")) {
                type = named.asText();
                break;
            }
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                for (JsonNode required : schema.path("required")) {
                    object.set(required.asText(), generate(schema.path("properties").path(required.asText()), required.asText()));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(generate(schema.path("items"), name));
                return array;
            }
            case "integer" -> {
                return nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            }
            case "number" -> {
                return nodes.numberNode(new BigDecimal("10.00"));
            }
            case "boolean" -> {
                return nodes.booleanNode(false);
            }
            default -> {
                return nodes.textNode(text(schema, name));
            }
        }
    }

    private String text(JsonNode schema, String name) {
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return "2026-03-01";
        }
        if (format.equals("date-time")) {
            return "2026-03-01T09:30:00Z";
        }
        if (format.equals("uuid") || name.endsWith("Id")) {
            // An id names something of the collection its name says: payorId a payor.
            String collection = "/api/v1/" + name.substring(0, name.length() - 2) + "s";
            String id = firstId(collection);
            return id.isEmpty() ? UUID.randomUUID().toString() : id;
        }
        String pattern = schema.path("pattern").asText();
        Matcher digits = Pattern.compile("^\\\\d\\{(\\d+)}").matcher(pattern);
        if (digits.find()) {
            return "9".repeat(Integer.parseInt(digits.group(1)) - 1) + "1";
        }
        if (pattern.matches("[A-Z]+(\\|[A-Z]+)+")) {
            return pattern.substring(0, pattern.indexOf('|'));
        }
        return "Conformance " + name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Another request: one member changed (a made-up text, else a date, else a flag). */
    private static void differ(ObjectNode object) {
        for (String kind : List.of("text", "date", "flag")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                JsonNode value = member.getValue();
                if (kind.equals("text") && value.isTextual() && value.asText().startsWith("Conformance")) {
                    member.setValue(JsonNodeFactory.instance.textNode(value.asText() + " again"));
                    return;
                }
                if (kind.equals("date") && value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    member.setValue(JsonNodeFactory.instance.textNode("2026-03-02"));
                    return;
                }
                if (kind.equals("flag") && value.isBoolean()) {
                    member.setValue(JsonNodeFactory.instance.booleanNode(!value.asBoolean()));
                    return;
                }
            }
        }
        throw new IllegalStateException("no member to change in " + object);
    }

    private JsonNode schema(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 5 && current.has("$ref"); depth++) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return schema(current.path("allOf").get(0));
        }
        return current;
    }

    // The order creating POSTs run in: what other bodies name (a payor) before what names it by id.
    private String creationOrder(Op op) {
        boolean namesIds = false;
        for (JsonNode media : op.node().path("requestBody").path("content")) {
            for (JsonNode required : schema(media.path("schema")).path("required")) {
                namesIds |= required.asText().endsWith("Id");
            }
        }
        // What a path names ({id}) must exist first, then what a body names (payorId): a contract before its negotiations.
        long pathIds = op.path().chars().filter(c -> c == '{').count();
        return pathIds + (namesIds ? "1" : "0") + String.format("%02d", op.path().split("/").length);
    }

    /** The answer, once the gateway's rate limit lets the request through (this test sends hundreds). */
    private static Response sent(Supplier<Response> request) {
        Response response = request.get();
        for (int retry = 0; retry < 10 && response.statusCode() == 429; retry++) {
            try {
                String wait = String.valueOf(response.header("Retry-After"));
                Thread.sleep(wait.matches("\\d{1,2}") ? 1000L * Integer.parseInt(wait) : 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = request.get();
        }
        return response;
    }

    private static boolean isProblem(Response response) {
        return response.contentType() != null && response.contentType().startsWith(PROBLEM);
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return JsonNodeFactory.instance.missingNode();
        }
    }

    private static String abbreviated(Response response) {
        String body = response.asString();
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private void fail(Op op, String what) {
        failures.add(op.method().toUpperCase() + " " + op.path() + " (" + op.id() + ") " + what);
    }
}
