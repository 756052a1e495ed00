package com.payorcontracts.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The skimming skip accepts what Jackson accepts and refuses what it refuses, at the byte that is
 * wrong, whether the bytes arrive in one buffer or one at a time (every byte a buffer boundary).
 */
class SkimmingParserTest {

    private static final JsonFactory SKIMMING = new SkimmingParser.Factory(new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()));
    private static final JsonFactory JACKSON = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()).build();
    private static final JsonFactory SKIMMING_DEEP = new SkimmingParser.Factory(new JsonFactoryBuilder());
    private static final JsonFactory JACKSON_DEEP = new JsonFactory();

    /** The document each case skips a value of: {"skip": VALUE, "after": 7} (VALUE starts at byte 9). */
    private static String document(String value) {
        return "{\"skip\": " + value + ", \"after\": 7}";
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[]",
            "{}",
            "[1, -2, 0, 0.5, -0.25e+10, 1E5, 3e-2, 10, -0]",
            "[\"a\", \"with \\\"quotes\\\" and a \\\\ backslash\", \"brackets ] } [ { , :\", \"\\/\\b\\f\\n\\r\\t\"]",
            "[\"\\u00e9\\uD83D\\uDE00\", \"é and 😀 as UTF-8\"]",
            "{\"a\": {\"b\": [true, false, null, {\"c\": []}]}, \"d\": \"}\"}",
            "[\n  1 ,\r\n\t2\n]",
            "[[[[[[[1]]]]]]]",
            "{\"negotiated_rates\": [{\"provider_references\": [1, 2, 3], \"negotiated_prices\": [{\"negotiated_rate\": 123.45}]}]}"})
    void skipsWhatJacksonSkipsAndLeavesTheParserWhereJacksonWould(String value) throws IOException {
        for (boolean byteByByte : new boolean[] {false, true}) {
            try (JsonParser skimming = SKIMMING.createParser(input(document(value), byteByByte));
                 JsonParser jackson = JACKSON.createParser(input(document(value), false))) {
                JsonToken started = toSkippedValue(skimming);
                toSkippedValue(jackson);

                assertThat(skimming).isInstanceOf(SkimmingParser.class);
                assertThat(skimming.skipChildren().currentToken())
                        .isEqualTo(started == JsonToken.START_OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY)
                        .isEqualTo(jackson.skipChildren().currentToken());
                assertThat(skimming.getParsingContext().pathAsPointer()).hasToString("/skip");
                assertThat(skimming.currentTokenLocation().getByteOffset()).isEqualTo(8 + value.getBytes(StandardCharsets.UTF_8).length);
                assertThat(skimming.currentTokenLocation().getLineNr()).isEqualTo(jackson.currentTokenLocation().getLineNr());

                assertThat(skimming.nextFieldName()).isEqualTo("after");
                assertThat(skimming.nextIntValue(0)).isEqualTo(7);
                assertThat(skimming.nextToken()).isEqualTo(JsonToken.END_OBJECT);
                assertThat(skimming.nextToken()).isNull();
            }
        }
    }

    // value | reason | offset of the wrong byte within the value (-1: the end of the document)
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[1,]                | expected a value                         | 3",
            "[01]                | leading zeroes not allowed               | 2",
            "[1.]                | a digit after a decimal point            | 3",
            "[-]                 | a digit after a minus sign               | 2",
            "[1e]                | a digit in an exponent                   | 3",
            "[1e+]               | a digit in an exponent                   | 4",
            "[tru]               | expected 'true'                          | 4",
            "[nul1]              | expected 'null'                          | 4",
            "[truex]             | a comma or the end                       | 5",
            "`{\"a\" 1}`         | a colon after a field name               | 5",
            "`{\"a\": 1,}`       | a field name in double quotes            | 8",
            "`{1: 2}`            | a field name in double quotes            | 1",
            "[1 2]               | a comma or the end                       | 3",
            "[1}                 | Unexpected close marker '}'              | 2",
            "`{\"a\": [1}}`      | Unexpected close marker '}'              | 8",
            "`[\"a\\q\"]`        | Unrecognized character escape 'q'        | 4",
            "`[\"\\u12g4\"]`     | expected a hex digit                     | 6",
            "`[\"a\tb\"]`        | control characters must be escaped       | 3",
            "[+1]                | expected a value                         | 1",
            "[[[[[[[[1]]]]]]]]   | nesting depth exceeds                    | 7"})
    void refusesWhatJacksonRefusesAtTheWrongByte(String value, String reason, int at) throws IOException {
        String json = document(value);
        for (boolean byteByByte : new boolean[] {false, true}) {
            try (JsonParser skimming = SKIMMING.createParser(input(json, byteByByte))) {
                toSkippedValue(skimming);
                StreamReadException e = catchThrowableOfType(StreamReadException.class, skimming::skipChildren);
                assertThat(e).isInstanceOf(JsonParseException.class);
                assertThat(e.getOriginalMessage()).contains(reason);
                assertThat(e.getLocation().getByteOffset()).isEqualTo(9 + at);
                assertThat(skimming.getParsingContext().pathAsPointer()).hasToString("/skip");
            }
        }
        try (JsonParser jackson = JACKSON.createParser(input(json, false))) {
            toSkippedValue(jackson);
            assertThat(catchThrowableOfType(JsonProcessingException.class, jackson::skipChildren)).as("Jackson refuses it too").isNotNull();
        }
    }

    /**
     * On files nobody here wrote: every object and array of every CMS example, skipped by each parser
     * in turn, ends at the same byte, and the tokens after it are the same to the end of the file.
     */
    @ParameterizedTest
    @ValueSource(strings = {TestFiles.ALL_TYPES, TestFiles.BUNDLE, TestFiles.CAPITATION, TestFiles.FEE_FOR_SERVICE,
            TestFiles.MULTIPLE_PLANS, TestFiles.NO_NPI, TestFiles.LEGACY_V1, TestFiles.TABLE_OF_CONTENTS})
    void skimsEveryContainerOfTheCmsExamplesAsJacksonSkipsIt(String example) throws IOException {
        byte[] json = TestFiles.bytes(example);
        int containers = 0;
        for (int target = 0; ; target++) {
            try (JsonParser skimming = SKIMMING_DEEP.createParser(new ByteArrayInputStream(json));
                 JsonParser jackson = JACKSON_DEEP.createParser(new ByteArrayInputStream(json))) {
                if (!toContainer(skimming, target) || !toContainer(jackson, target)) {
                    break;
                }
                containers++;
                skimming.skipChildren();
                jackson.skipChildren();
                assertThat(skimming.currentTokenLocation().getByteOffset()).as("container %d", target)
                        .isEqualTo(jackson.currentTokenLocation().getByteOffset());
                for (JsonToken token = jackson.nextToken(); token != null; token = jackson.nextToken()) {
                    assertThat(skimming.nextToken()).isEqualTo(token);
                    assertThat(skimming.getText()).isEqualTo(jackson.getText());
                }
                assertThat(skimming.nextToken()).isNull();
            }
        }
        assertThat(containers).isGreaterThan(10);
    }

    /** Moves to the start of the target-th object or array in document order; false when there are fewer. */
    private static boolean toContainer(JsonParser parser, int target) throws IOException {
        int seen = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token.isStructStart() && seen++ == target) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aDocumentThatEndsInsideTheSkippedValueFailsAtItsEnd() throws IOException {
        String json = "{\"skip\": [1, {\"a\": \"unfinished";
        for (boolean byteByByte : new boolean[] {false, true}) {
            try (JsonParser skimming = SKIMMING.createParser(input(json, byteByByte))) {
                toSkippedValue(skimming);
                StreamReadException e = catchThrowableOfType(StreamReadException.class, skimming::skipChildren);
                assertThat(e.getOriginalMessage()).contains("end-of-input", "skipped array");
                assertThat(e.getLocation().getByteOffset()).isEqualTo(json.length());
            }
        }
    }

    @Test
    void aByteOrderMarkIsPassedOverAndCounted() throws IOException {
        byte[] json = ("\uFEFF" + document("[1]")).getBytes(StandardCharsets.UTF_8);
        try (JsonParser skimming = SKIMMING.createParser(new ByteArrayInputStream(json))) {
            toSkippedValue(skimming);
            assertThat(skimming.skipChildren().currentTokenLocation().getByteOffset()).isEqualTo(3 + 11);
            assertThat(skimming.nextFieldName()).isEqualTo("after");
        }
    }

    @Test
    void aUtf16FileIsReadByJacksonsOwnParser() throws IOException {
        byte[] json = document("[1, {\"a\": 2}]").getBytes(StandardCharsets.UTF_16LE);
        try (JsonParser parser = SKIMMING.createParser(new ByteArrayInputStream(json))) {
            assertThat(parser).isNotInstanceOf(SkimmingParser.class);
            toSkippedValue(parser);
            parser.skipChildren();
            assertThat(parser.nextFieldName()).isEqualTo("after");
        }
    }

    private static JsonToken toSkippedValue(JsonParser parser) throws IOException {
        assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        assertThat(parser.nextFieldName()).isEqualTo("skip");
        return parser.nextToken();
    }

    private static InputStream input(String json, boolean byteByByte) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return byteByByte ? new OneByteAtATime(bytes) : new ByteArrayInputStream(bytes);
    }

    /** Hands out one byte per read, so that every byte of a skip starts a new buffer. */
    private static final class OneByteAtATime extends ByteArrayInputStream {
        OneByteAtATime(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
