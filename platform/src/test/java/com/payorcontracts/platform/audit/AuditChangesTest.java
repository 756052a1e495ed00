package com.payorcontracts.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // before | after | the changes recorded
            "{\"name\":\"A\",\"type\":\"X\"}|{\"name\":\"B\",\"type\":\"X\"}|[{\"field\":\"name\",\"from\":\"A\",\"to\":\"B\"}]",
            "{\"name\":\"A\"}|{\"name\":\"A\"}|[]",
            // a creation: every field from null
            "|{\"name\":\"A\",\"notes\":null}|[{\"field\":\"name\",\"from\":null,\"to\":\"A\"}]",
            // a removal: every field to null
            "{\"name\":\"A\"}||[{\"field\":\"name\",\"from\":\"A\",\"to\":null}]",
            // nested fields by their dotted path; arrays as a whole
            "{\"address\":{\"city\":\"Austin\",\"state\":\"TX\"}}|{\"address\":{\"city\":\"Dallas\",\"state\":\"TX\"}}|[{\"field\":\"address.city\",\"from\":\"Austin\",\"to\":\"Dallas\"}]",
            "{\"lines\":[1,2]}|{\"lines\":[1,3]}|[{\"field\":\"lines\",\"from\":[1,2],\"to\":[1,3]}]",
            // bookkeeping is left out
            "{\"status\":\"DRAFT\",\"version\":1,\"updatedAt\":\"t1\"}|{\"status\":\"ACTIVE\",\"version\":2,\"updatedAt\":\"t2\"}|[{\"field\":\"status\",\"from\":\"DRAFT\",\"to\":\"ACTIVE\"}]",
            // a restricted field is named, never its values, wherever it is
            "{\"floors\":[{\"code\":\"99213\",\"amount\":\"80.00\"}]}|{\"floors\":[]}|[{\"field\":\"floors\",\"restricted\":true}]",
            "{\"terms\":{\"floors\":[1]}}|{\"terms\":{\"floors\":[2]}}|[{\"field\":\"terms.floors\",\"restricted\":true}]",
            "{\"floors\":[1]}|{\"floors\":[1]}|[]"})
    void recordsFieldByFieldWhatChanged(String before, String after, String changes) throws Exception {
        JsonNode diff = AuditChanges.diff(tree(before), tree(after), Set.of("floors"));

        assertThat(diff).isEqualTo(JSON.readTree(changes));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"600|{\"characters\":600}", "400|\"x\""})
    void replacesALongValueByItsSize(int length, String recorded) throws Exception {
        String text = "x".repeat(length);
        JsonNode diff = AuditChanges.diff(tree("{\"notes\":\"\"}"), tree("{\"notes\":\"" + text + "\"}"), Set.of());

        JsonNode expected = recorded.startsWith("{") ? JSON.readTree(recorded) : JSON.getNodeFactory().textNode(text);
        assertThat(diff.get(0).get("to")).isEqualTo(expected);
    }

    private static JsonNode tree(String json) throws Exception {
        return json == null ? null : JSON.readTree(json);
    }
}
