package com.payorcontracts.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's merged OpenAPI document, live: it is the committed docs/openapi.json, from which
 * the build generates the Java client ({@code com.payorcontracts.client}) that {@link ApiClientScenarioIT}
 * drives, and Redocly (tools/openapi/redocly.yaml) finds no error and no warning in it. After a change to the API,
 * rewrite the snapshot with {@code mvn verify -pl system-tests -Dopenapi.write-snapshot=true}, then
 * build again so the client follows.
 */
@ExtendWith(Stack.class)
class OpenApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REWRITE = "openapi.write-snapshot";

    private final Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    private static JsonNode live() throws Exception {
        String body = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    @Test
    void theLiveDocumentIsTheCommittedSnapshotTheClientIsGeneratedFrom() throws Exception {
        JsonNode live = live();
        Path snapshot = root.resolve("docs/openapi.json");
        if (Boolean.getBoolean(REWRITE)) {
            Files.writeString(snapshot, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n", StandardCharsets.UTF_8);
        }
        List<String> differences = new ArrayList<>();
        JsonDifferences.collect("", JSON.readTree(snapshot.toFile()), live, differences);
        assertThat(differences)
                .as("docs/openapi.json differs from the gateway's live /q/openapi (first differences shown); if the change is"
                        + " meant, rewrite it: mvn verify -pl system-tests -D" + REWRITE + "=true, and commit it")
                .isEmpty();
    }

    @Test
    void redoclyFindsNoErrorInTheLiveDocument() throws Exception {
        Path document = root.resolve("system-tests/target/openapi/live.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, JSON.writeValueAsString(live()), StandardCharsets.UTF_8);

        Redocly.Result result = new Redocly(root).lint(document);

        assertThat(result.errors()).as("Redocly's errors: %s", result.problems()).isZero();
        assertThat(result.warnings()).as("Redocly's warnings: %s", result.problems()).isZero();
    }

    @Test
    void theMainRequestBodiesCarryAnExample() throws Exception {
        JsonNode document = live();
        List<String> withoutExample = new ArrayList<>();
        for (String operationId : List.of("createPayor", "createContract", "importFeeSchedule", "changeContractStatus",
                "amendContract", "quoteClaim", "postClaim", "postRemittance", "changeUnderpayment")) {
            JsonNode operation = operation(document, operationId);
            assertThat(operation).as(operationId).isNotNull();
            Map.Entry<String, JsonNode> first = operation.path("requestBody").path("content").fields().next();
            JsonNode media = first.getValue();
            String ref = media.path("schema").path("$ref").asText();
            JsonNode schema = ref.isEmpty() ? media.path("schema") : document.at(ref.substring(1));
            if (!media.has("example") && !media.has("examples") && !schema.has("example") && !schema.has("examples")) {
                withoutExample.add(operationId + " (" + first.getKey() + ")");
            }
        }
        assertThat(withoutExample).isEmpty();
    }

    private static JsonNode operation(JsonNode document, String operationId) {
        for (JsonNode pathItem : document.path("paths")) {
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (pathItem.path(method).path("operationId").asText().equals(operationId)) {
                    return pathItem.path(method);
                }
            }
        }
        return null;
    }
}
