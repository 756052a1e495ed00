package com.payorcontracts.transparency;

import static com.payorcontracts.transparency.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files that cannot be read fail with the byte offset, the JSON path and the reason. */
class MalformedFileTest {

    private static final String PRICE_OK = """
            {"negotiated_type": "negotiated", "negotiated_rate": 10, "expiration_date": "2026-01-01",
             "billing_class": "institutional", "setting": "outpatient"}""";

    @Test
    void theLegacyVersionOneFileIsRefusedNamingWhatDiffers() {
        // The file's fourth line opens "reporting_plans": [ at byte 2 + 41 + 41 + 4 + 19 = 107
        // ("{\n", two 41-byte reporting_entity lines, 4 spaces of indent, "\"reporting_plans\": ").
        TicReadException e = failure(TestFiles.bytes(TestFiles.LEGACY_V1));
        assertThat(e.jsonPath()).isEqualTo("/reporting_plans");
        assertThat(e.byteOffset()).isEqualTo(107);
        assertThat(e.reason()).contains("schema 1.x", "reporting_plans", "provider_references", "setting");
    }

    @Test
    void aVersionOneNumberIsRefusedEvenBeforeItsPlans() {
        TicReadException e = failure("{\"version\": \"1.0.0\", \"in_network\": []}");
        assertThat(e.jsonPath()).isEqualTo("/version");
        assertThat(e.reason()).startsWith("version 1.0.0 is not supported");
    }

    @Test
    void aTruncatedFileFailsWhereItEnds() {
        // Cut just before the second price's "negotiated_rate": 1230.45 (byte 2231 of the example):
        // the parser meets the end of input inside /in_network/0/negotiated_rates/0/negotiated_prices/1.
        byte[] whole = TestFiles.bytes(TestFiles.FEE_FOR_SERVICE);
        TicReadException e = failure(Arrays.copyOf(whole, 2231));
        assertThat(e.byteOffset()).isEqualTo(2231);
        assertThat(e.jsonPath()).startsWith("/in_network/0/negotiated_rates/0/negotiated_prices/1");
        assertThat(e.reason()).contains("end-of-input");
    }

    @Test
    void aTruncatedGzipFileFailsSayingSo() {
        byte[] gzip = TestFiles.gzip(TestFiles.bytes(TestFiles.FEE_FOR_SERVICE));
        TicReadException e = failure(Arrays.copyOf(gzip, gzip.length / 2));
        assertThat(e.reason()).containsAnyOf("gzip stream ends early", "end-of-input");
        assertThat(e.byteOffset()).isPositive();
    }

    @Test
    void aRateWrittenAsAStringNamesTheField() {
        String json = "{\"version\": \"2.0.0\", \"in_network\": [" + item("\"negotiated_rate\": \"10.00\"") + "]}";
        TicReadException e = failure(json);
        assertThat(e.jsonPath()).isEqualTo("/in_network/0/negotiated_rates/0/negotiated_prices/0/negotiated_rate");
        assertThat(e.reason()).isEqualTo("negotiated_rate must be a number, found a string");
    }

    @Test
    void aPriceWithoutASettingNamesThePrice() {
        String json = "{\"version\": \"2.0.0\", \"in_network\": [" + item("\"negotiated_rate\": 10") + "]}";
        TicReadException e = failure(json.replace(", \"setting\": \"outpatient\"", ""));
        assertThat(e.jsonPath()).isEqualTo("/in_network/0/negotiated_rates/0/negotiated_prices/0");
        assertThat(e.reason()).contains("no setting");
    }

    @Test
    void anUnknownNegotiatedTypeIsNamed() {
        String json = "{\"version\": \"2.0.0\", \"in_network\": [" + item("\"negotiated_rate\": 10")
                .replace("\"negotiated_type\": \"negotiated\"", "\"negotiated_type\": \"flat\"") + "]}";
        assertThat(failure(json).reason()).startsWith("negotiated_type 'flat' is not one of");
    }

    @Test
    void brokenJsonNamesTheOffsetOfTheBadCharacter() {
        // {"version": "2.0.0", "in_network": [ } : the } at byte 37 closes nothing that is open.
        TicReadException e = failure("{\"version\": \"2.0.0\", \"in_network\": [ }");
        assertThat(e.byteOffset()).isEqualTo(37);
        assertThat(e.jsonPath()).isEqualTo("/in_network");
        assertThat(e.reason()).contains("Unexpected close marker");
    }

    @Test
    void aFileTruncatedInsideTheRatesOfACodeNotAskedForFailsWhereItEnds() {
        // The item's rates are skimmed (SkimmingParser), not parsed: the cut is still found, at its byte.
        String json = "{\"version\": \"2.0.0\", \"in_network\": [" + item("\"negotiated_rate\": 10");
        byte[] cut = Arrays.copyOf(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), json.indexOf("\"expiration_date\""));
        TicReadException e = catchThrowableOfType(TicReadException.class,
                () -> read(cut, ReadOptions.codes(java.util.Set.of("27447"))));
        assertThat(e.byteOffset()).isEqualTo(cut.length);
        assertThat(e.jsonPath()).isEqualTo("/in_network/0/negotiated_rates");
        assertThat(e.reason()).contains("end-of-input");
    }

    @Test
    void brokenJsonInsideTheRatesOfACodeNotAskedForIsNamedAtItsByte() {
        String json = "{\"version\": \"2.0.0\", \"in_network\": [" + item("\"negotiated_rate\": 10.") + "]}";
        TicReadException e = catchThrowableOfType(TicReadException.class,
                () -> read(json, ReadOptions.codes(java.util.Set.of("27447"))));
        assertThat(e.byteOffset()).isEqualTo(json.indexOf("10.") + 3);
        assertThat(e.jsonPath()).isEqualTo("/in_network/0/negotiated_rates");
        assertThat(e.reason()).contains("a digit after a decimal point");
    }

    @Test
    void aValueNestedDeeperThanSixtyFourLevelsIsRefusedWithItsPath() {
        String json = "{\"version\": \"2.0.0\", \"extra\": " + "[".repeat(70) + "]".repeat(70) + ", \"in_network\": []}";
        TicReadException e = failure(json);
        assertThat(e.jsonPath()).isEqualTo("/extra");
        assertThat(e.byteOffset()).isEqualTo(json.indexOf('[') + 63);
        assertThat(e.reason()).contains("nesting depth");
    }

    @Test
    void aFileWithoutAVersionIsRefused() {
        assertThat(failure("{\"in_network\": []}").reason()).contains("no version");
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() {
        assertThat(failure("[1, 2]").reason()).isEqualTo("an in-network-rates file must be an object, found an array");
    }

    private static String item(String rateField) {
        return """
                {"negotiation_arrangement": "ffs", "name": "n", "billing_code_type": "CPT", "billing_code_type_version": "2025",
                 "billing_code": "99213", "description": "d",
                 "negotiated_rates": [{"provider_references": [1], "negotiated_prices": [%s]}]}"""
                .formatted(PRICE_OK.replace("\"negotiated_rate\": 10", rateField));
    }

    private static TicReadException failure(String json) {
        return failure(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static TicReadException failure(byte[] json) {
        return catchThrowableOfType(TicReadException.class, () -> read(json, ReadOptions.everything()));
    }
}
