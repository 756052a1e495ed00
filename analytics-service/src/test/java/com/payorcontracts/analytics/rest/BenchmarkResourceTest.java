package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.events.ReferenceScheduleChanged;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Imports of the CMS TiC examples (read in place from shared/testdata) as jobs, by upload and by URL
 * from an HTTP server of the test's own on 127.0.0.1; a newer file replaces the set, a failed one
 * leaves the previous set served. Expected values are worked by hand in the comments.
 */
@QuarkusTest
class BenchmarkResourceTest {

    private static final String ALL_TYPES = "tic/examples/in-network-rates/in-network-rates-all-negotiated-types-sample.json";
    private static final String FEE_FOR_SERVICE = "tic/examples/in-network-rates/in-network-rates-fee-for-service-single-plan-sample.json";
    private static final String MULTIPLE_PLANS = "tic/examples/in-network-rates/in-network-rates-multiple-plans-sample.json";
    private static final String BUNDLE = "tic/examples/in-network-rates/in-network-rates-bundle-single-plan-sample.json";
    private static final String CAPITATION = "tic/examples/in-network-rates/in-network-rates-capitation-single-plan-sample.json";
    private static final String NO_NPI = "tic/examples/in-network-rates/in-network-rates-no-npi.json";
    private static final String LEGACY = "tic/examples/in-network-rates-v1.0.0-legacy.json";
    private static final String TOC = "tic/examples/table-of-contents/table-of-contents-sample.json";

    private static HttpServer server;

    @Inject
    Jdbc jdbc;

    @BeforeAll
    static void serveTheExamples() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/files/ffs.json.gz", exchange -> {
            byte[] body = gzip(Fixtures.testdata(FEE_FOR_SERVICE));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/files/ffs.json.gz");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/to-private", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.11.12.13/file.json");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String upload(String payor, byte[] file, String... query) {
        var request = given().contentType("application/json").queryParam("payor", payor);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.body(file).when().post("/api/v1/analytics/benchmarks/imports/upload")
                .then().statusCode(202).body("kind", equalTo("TIC_IMPORT")).extract().header("Location");
    }

    @Test
    void anUploadedFileBecomesThePayorsBenchmarkSet() {
        String payor = "Comprehensive " + UUID.randomUUID();
        String job = upload(payor, Fixtures.testdata(ALL_TYPES));
        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        // 6 items, RC 0200 skipped; 7 prices kept, 2 of them percentages (97110 65.0, 99285 75.5).
        // Market rates: 99214 x 2 TINs, 80053 x 2, 27447 professional x 3, 27447 institutional x 3, 99285 x 1 = 11,
        // in 5 keys (99214, 80053 and 27447 professional; 27447 and 99285 facility).
        given().get(job).then()
                .body("result.itemsRead", equalTo(6))
                .body("result.itemsKept", equalTo(5))
                .body("result.skippedByCodeType.RC", equalTo(1))
                .body("result.pricesKept", equalTo(7))
                .body("result.pricesNotDollars", equalTo(2))
                .body("result.marketRates", equalTo(11))
                .body("result.benchmarkKeys", equalTo(5))
                .body("result.version", equalTo(1))
                .body("rowsDone", equalTo(11));

        given().queryParam("payor", payor).queryParam("code", "27447").get("/api/v1/analytics/benchmarks").then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                // Sorted by class: FACILITY (institutional 12000.00 x 3 TINs) before PROFESSIONAL (8500.00 x 3).
                .body("items[0].billingClass", equalTo("FACILITY"))
                .body("items[0].p50", equalTo(12000.00f))
                .body("items[1].billingClass", equalTo("PROFESSIONAL"))
                .body("items[1].site", equalTo("FACILITY"))
                .body("items[1].p10", equalTo(8500.00f))
                .body("items[1].mean", equalTo(8500.00f))
                .body("items[1].rates", equalTo(3))
                .body("items[1].providers", equalTo(3))
                .body("items[1].version", equalTo(1))
                .body("items[1].medicare", nullValue());
    }

    @Test
    void theBundleCapitationAndNoNpiExamplesImportWithTheirCounts() {
        // Bundle: one item under ICD 81.54, not a CPT/HCPCS code: counted, skipped, nothing stored.
        String bundle = upload("Bundle " + UUID.randomUUID(), Fixtures.testdata(BUNDLE));
        assertThat(Fixtures.awaitJob(bundle)).isEqualTo("SUCCEEDED");
        given().get(bundle).then()
                .body("result.itemsRead", equalTo(1))
                .body("result.itemsKept", equalTo(0))
                .body("result.skippedByCodeType.ICD", equalTo(1))
                .body("result.marketRates", equalTo(0))
                .body("result.benchmarkKeys", equalTo(0));
        // Capitation: CPT 27447 kept with its 2 prices (20000.0 institutional, 25000.0 professional), but a
        // capitation pays for more than the code: both left out as not fee-for-service.
        String capitation = upload("Capitation " + UUID.randomUUID(), Fixtures.testdata(CAPITATION));
        assertThat(Fixtures.awaitJob(capitation)).isEqualTo("SUCCEEDED");
        given().get(capitation).then()
                .body("result.itemsKept", equalTo(1))
                .body("result.pricesKept", equalTo(2))
                .body("result.pricesNotFeeForService", equalTo(2))
                .body("result.marketRates", equalTo(0));
        // No NPI type: the group is identified by NPI 1234567890 as its TIN; 27447 123.45 institutional
        // (facility site) for that one provider: 1 market rate, 1 key.
        String payor = "No NPI " + UUID.randomUUID();
        String noNpi = upload(payor, Fixtures.testdata(NO_NPI));
        assertThat(Fixtures.awaitJob(noNpi)).isEqualTo("SUCCEEDED");
        given().get(noNpi).then()
                .body("result.marketRates", equalTo(1))
                .body("result.benchmarkKeys", equalTo(1));
        given().queryParam("payor", payor).get("/api/v1/analytics/benchmarks").then()
                .body("totalItems", equalTo(1))
                .body("items[0].code", equalTo("27447"))
                .body("items[0].billingClass", equalTo("FACILITY"))
                .body("items[0].site", equalTo("FACILITY"))
                .body("items[0].p50", equalTo(123.45f))
                .body("items[0].rates", equalTo(1))
                .body("items[0].providers", equalTo(1));
    }

    @Test
    void aNewerFileReplacesTheSetAndAFailedOneLeavesItServed() {
        String payor = "Replaced " + UUID.randomUUID();
        assertThat(Fixtures.awaitJob(upload(payor, Fixtures.testdata(ALL_TYPES)))).isEqualTo("SUCCEEDED");
        assertThat(Fixtures.awaitJob(upload(payor, Fixtures.testdata(FEE_FOR_SERVICE)))).isEqualTo("SUCCEEDED");
        // Version 2 is the fee-for-service file alone: 99214 (only in version 1) is gone; 7 keys (see transparency's
        // ExamplesToBenchmarksTest).
        given().queryParam("payor", payor).queryParam("code", "99214").get("/api/v1/analytics/benchmarks").then()
                .body("totalItems", equalTo(0));
        given().queryParam("payor", payor).get("/api/v1/analytics/benchmarks").then()
                .body("totalItems", equalTo(7))
                .body("items[0].version", equalTo(2));

        // Cut before byte 2231 (the second price's negotiated_rate): the job fails naming where. 27448 is not
        // the item's code, so its rates are skimmed as bytes (SkimmingParser): the path is the skipped value's.
        String failed = upload(payor, Arrays.copyOf(Fixtures.testdata(FEE_FOR_SERVICE), 2231), "code", "27448");
        assertThat(Fixtures.awaitJob(failed)).isEqualTo("FAILED");
        given().get(failed).then()
                .body("result.byteOffset", equalTo(2231))
                .body("result.jsonPath", equalTo("/in_network/0/negotiated_rates"))
                .body("errors[0].message", containsString("byte 2231"));
        given().queryParam("payor", payor).get("/api/v1/analytics/benchmarks").then()
                .body("totalItems", equalTo(7))
                .body("items[0].version", equalTo(2));
        given().queryParam("payor", payor).get("/api/v1/analytics/benchmarks/imports").then()
                .body("totalItems", equalTo(2))
                .body("items[0].state", equalTo("PUBLISHED"))
                .body("items[0].version", equalTo(2))
                .body("items[0].planName", equalTo("Plan A PPO"))
                .body("items[0].summary.marketRates", equalTo(14))
                .body("items[1].state", equalTo("SUPERSEDED"));
    }

    @Test
    void aVersionOneFileFailsSayingWhatDiffers() {
        String job = upload("Legacy " + UUID.randomUUID(), Fixtures.testdata(LEGACY));
        assertThat(Fixtures.awaitJob(job)).isEqualTo("FAILED");
        given().get(job).then()
                .body("result.jsonPath", equalTo("/reporting_plans"))
                .body("result.reason", containsString("schema 1.x"))
                .body("errors[0].field", equalTo("/reporting_plans"));
    }

    @Test
    void aFileFetchedByUrlThroughARedirectIsImportedWithItsCodeSet() {
        String payor = "Fetched " + UUID.randomUUID();
        String job = given().contentType("application/json")
                .body(Map.of("payor", payor, "url", url("/moved"), "codes", List.of("27448")))
                .when().post("/api/v1/analytics/benchmarks/imports")
                .then().statusCode(202).extract().header("Location");
        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        // 27448 only: 12003.45 professional CSTM-00 (both sites) and 12.45 institutional, x 2 TINs = 6 market rates.
        given().get(job).then()
                .body("result.itemsOutsideCodeSet", equalTo(1))
                .body("result.marketRates", equalTo(6))
                .body("result.benchmarkKeys", equalTo(3));
    }

    @Test
    void urlsThatAreNotHttpOrPointInsideAreRefused() {
        given().contentType("application/json").body(Map.of("payor", "x", "url", "ftp://example.com/f.json"))
                .post("/api/v1/analytics/benchmarks/imports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("http or https"));
        given().contentType("application/json").body(Map.of("payor", "x", "url", "http://10.1.2.3/f.json"))
                .post("/api/v1/analytics/benchmarks/imports").then()
                .statusCode(400)
                .body("errors[0].message", containsString("private"));
        given().contentType("application/json").body(Map.of("payor", "x", "url", url("/x"), "codes", List.of("9921")))
                .post("/api/v1/analytics/benchmarks/imports").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("codes"));
        // A redirect to a private address is refused when followed: the job fails.
        String job = given().contentType("application/json").body(Map.of("payor", "x" + UUID.randomUUID(), "url", url("/to-private")))
                .post("/api/v1/analytics/benchmarks/imports").then().statusCode(202).extract().header("Location");
        assertThat(Fixtures.awaitJob(job)).isEqualTo("FAILED");
        given().get(job).then().body("errors[0].message", containsString("private"));
    }

    @Test
    void ratesOutsideHalfToThirtyTimesMedicareAreLeftOutAndCounted() {
        // Medicare non-facility 99214 at 4.00: 30 x 4.00 = 120.00 < 150.00, so both TINs' 150.00 are implausible.
        // 80053 at 40.00: 45.00 lies within 20.00-1200.00 and is kept.
        UUID schedule = UUID.randomUUID();
        Fixtures.publishSchedule(new ReferenceScheduleChanged.V1(UUID.randomUUID(), schedule, 1, Instant.now(),
                "Medicare PFS (test)", 2026, "01", List.of(
                new ReferenceScheduleChanged.Row("99214", null, new BigDecimal("3.00"), new BigDecimal("4.00")),
                new ReferenceScheduleChanged.Row("80053", null, new BigDecimal("40.00"), new BigDecimal("40.00")))));
        Fixtures.awaitStatus("/api/v1/analytics/reference-schedules/" + schedule, 200);
        String payor = "Checked " + UUID.randomUUID();
        assertThat(Fixtures.awaitJob(upload(payor, Fixtures.testdata(ALL_TYPES), "referenceScheduleId", schedule.toString())))
                .isEqualTo("SUCCEEDED");
        given().queryParam("payor", payor).queryParam("code", "99214").get("/api/v1/analytics/benchmarks").then()
                .body("items[0].rates", equalTo(0))
                .body("items[0].implausible", equalTo(2))
                .body("items[0].medicare", equalTo(4.00f))
                .body("items[0].p50", nullValue());
        given().queryParam("payor", payor).queryParam("code", "80053").get("/api/v1/analytics/benchmarks").then()
                .body("items[0].rates", equalTo(2))
                .body("items[0].p50", equalTo(45.00f));
    }

    @Test
    void theMarketPoolsTheNamedPayorsOneRatePerPayorAndTin() {
        String a = "Market A " + UUID.randomUUID();
        String b = "Market B " + UUID.randomUUID();
        assertThat(Fixtures.awaitJob(upload(a, Fixtures.testdata(FEE_FOR_SERVICE)))).isEqualTo("SUCCEEDED");
        assertThat(Fixtures.awaitJob(upload(b, Fixtures.testdata(MULTIPLE_PLANS)))).isEqualTo("SUCCEEDED");
        // 27447 professional non-facility, no modifier: A has 120.45 for TINs 11-1111111 and 22-2222222; B has
        // 120.45 (negotiated) and 120.45 (derived, class both) for the same TINs: one per payor and TIN.
        // 4 rates, 2 distinct TINs, all 120.45.
        given().queryParam("code", "27447").queryParam("payor", a).queryParam("payor", b)
                .get("/api/v1/analytics/benchmarks/market").then()
                .statusCode(200)
                .body("items.findAll { it.billingClass == 'PROFESSIONAL' && it.site == 'NON_FACILITY' && it.modifier == '' }", hasSize(1))
                .body("items.find { it.billingClass == 'PROFESSIONAL' && it.site == 'NON_FACILITY' && it.modifier == '' }.rates", equalTo(4))
                .body("items.find { it.billingClass == 'PROFESSIONAL' && it.site == 'NON_FACILITY' && it.modifier == '' }.providers", equalTo(2))
                .body("items.find { it.billingClass == 'PROFESSIONAL' && it.site == 'NON_FACILITY' && it.modifier == '' }.p50", equalTo(120.45f))
                .body("items[0].payor", nullValue());
        given().get("/api/v1/analytics/benchmarks/market").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void theMarketOfEveryPayorIsStoredWhenASetIsPublishedAndFollowsItsReplacement() {
        // J9999 is this test's own code: what earlier runs left of it goes first.
        jdbc.inTransaction(connection -> {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM tic_rate WHERE code = 'J9999'");
                statement.executeUpdate("DELETE FROM tic_market_benchmark WHERE code = 'J9999'");
            }
            return null;
        });
        String a = "Stored A " + UUID.randomUUID();
        String b = "Stored B " + UUID.randomUUID();
        assertThat(Fixtures.awaitJob(upload(a, j9999("11-1111111", "100.00", "22-2222222", "200.00")))).isEqualTo("SUCCEEDED");
        assertThat(Fixtures.awaitJob(upload(b, j9999("11-1111111", "300.00", "33-3333333", "400.00")))).isEqualTo("SUCCEEDED");
        // One rate per payor and TIN: 100, 200, 300, 400; 3 distinct TINs. Type 7, h = 3 x p / 100:
        // p10 h 0.3 = 100 + 0.3 x 100 = 130.00; p25 175.00; p50 h 1.5 = 250.00; p75 h 2.25 = 325.00; p90 h 2.7 = 370.00.
        given().queryParam("code", "J9999").get("/api/v1/analytics/benchmarks/market").then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].billingClass", equalTo("PROFESSIONAL"))
                .body("items[0].site", equalTo("NON_FACILITY"))
                .body("items[0].rates", equalTo(4))
                .body("items[0].providers", equalTo(3))
                .body("items[0].p10", equalTo(130.00f))
                .body("items[0].p25", equalTo(175.00f))
                .body("items[0].p50", equalTo(250.00f))
                .body("items[0].p75", equalTo(325.00f))
                .body("items[0].p90", equalTo(370.00f))
                .body("items[0].mean", equalTo(250.00f));
        // A's next file pays only TIN 11-1111111, 500.00: the market is 300, 400, 500 (2 TINs), p10 h 0.2 = 320.00,
        // p50 400.00, p90 h 1.8 = 480.00; the same as computed from the rates of the two payors named.
        assertThat(Fixtures.awaitJob(upload(a, j9999("11-1111111", "500.00", null, null)))).isEqualTo("SUCCEEDED");
        for (var request : List.of(given().queryParam("code", "J9999"),
                given().queryParam("code", "J9999").queryParam("payor", a).queryParam("payor", b))) {
            request.get("/api/v1/analytics/benchmarks/market").then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].rates", equalTo(3))
                    .body("items[0].providers", equalTo(2))
                    .body("items[0].p10", equalTo(320.00f))
                    .body("items[0].p50", equalTo(400.00f))
                    .body("items[0].p90", equalTo(480.00f))
                    .body("items[0].mean", equalTo(400.00f));
        }
        // A's replaced rates (2) are deleted after the publication committed: 3 J9999 rates stay, A's 500.00 and B's two.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            String countAndSum = jdbc.<String>inTransaction(connection -> {
                try (var statement = connection.createStatement();
                     var rs = statement.executeQuery("SELECT count(*), sum(amount)::numeric(12, 2) FROM tic_rate WHERE code = 'J9999'")) {
                    rs.next();
                    return rs.getLong(1) + " " + rs.getBigDecimal(2).toPlainString();
                }
            });
            assertThat(countAndSum).isEqualTo("3 1200.00");
        });
    }

    /** An in-network file paying J9999 (professional, office) to one or two TINs. */
    private static byte[] j9999(String tin1, String amount1, String tin2, String amount2) {
        String groups = "{\"provider_group_id\":1,\"provider_groups\":[{\"npi\":[1111111112],\"tin\":{\"type\":\"ein\",\"value\":\"%s\"}}]}"
                .formatted(tin1) + (tin2 == null ? "" : ",{\"provider_group_id\":2,\"provider_groups\":[{\"npi\":[1111111113],"
                + "\"tin\":{\"type\":\"ein\",\"value\":\"%s\"}}]}".formatted(tin2));
        String price = "{\"provider_references\":[%d],\"negotiated_prices\":[{\"negotiated_type\":\"negotiated\","
                + "\"negotiated_rate\":%s,\"expiration_date\":\"9999-12-31\",\"service_code\":[\"11\"],"
                + "\"billing_class\":\"professional\",\"setting\":\"outpatient\"}]}";
        String rates = price.formatted(1, amount1) + (tin2 == null ? "" : "," + price.formatted(2, amount2));
        return ("{\"reporting_entity_name\":\"Test\",\"reporting_entity_type\":\"health insurance issuer\","
                + "\"last_updated_on\":\"2026-01-01\",\"version\":\"2.0.0\",\"provider_references\":[" + groups + "],"
                + "\"in_network\":[{\"negotiation_arrangement\":\"ffs\",\"name\":\"x\",\"billing_code_type\":\"HCPCS\","
                + "\"billing_code_type_version\":\"2026\",\"billing_code\":\"J9999\",\"description\":\"x\",\"negotiated_rates\":["
                + rates + "]}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aContractIsComparedWithTheMarketCodeByCode() {
        UUID payorId = UUID.randomUUID();
        UUID contract = Fixtures.contract(payorId, null,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("27447", "100.00"), Fixtures.fixed("27448", "20000.00")));
        postKneeClaim(payorId, "CMP-1");
        String market = "Compared " + UUID.randomUUID();
        assertThat(Fixtures.awaitJob(upload(market, Fixtures.testdata(FEE_FOR_SERVICE)))).isEqualTo("SUCCEEDED");

        // 27447 professional non-facility: market 120.45 x 2 TINs (p50 120.45); own 100.00 ranks 0.0 and leaves
        // 2 units x (120.45 - 100.00) = 40.90. 27448: market 12003.45 x 2; own 20000.00 ranks 100.0, opportunity 0.
        given().queryParam("asOf", "2026-06-30").queryParam("payor", market)
                .get("/api/v1/analytics/benchmarks/contracts/" + contract).then()
                .statusCode(200)
                .body("volumeAfter", equalTo("2025-06-30"))
                .body("totalOpportunity", equalTo(40.90f))
                .body("codes.totalItems", equalTo(2))
                .body("codes.items[0].code", equalTo("27447"))
                .body("codes.items[0].site", equalTo("NON_FACILITY"))
                .body("codes.items[0].volume", equalTo(2))
                .body("codes.items[0].ownRate", equalTo(100.00f))
                .body("codes.items[0].p50", equalTo(120.45f))
                .body("codes.items[0].marketRates", equalTo(2))
                .body("codes.items[0].percentileRank", equalTo(0.0f))
                .body("codes.items[0].opportunity", equalTo(40.90f))
                .body("codes.items[1].code", equalTo("27448"))
                .body("codes.items[1].percentileRank", equalTo(100.0f))
                .body("codes.items[1].opportunity", equalTo(0.00f));
        given().get("/api/v1/analytics/benchmarks/contracts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aProposalIsComparedWithTheMarketCodeByCodeAsItsContractIs() {
        UUID schedule = UUID.randomUUID();
        Fixtures.publishSchedule(new ReferenceScheduleChanged.V1(UUID.randomUUID(), schedule, 1, Instant.now(),
                "Medicare PFS (proposal test)", 2026, "01", List.of(
                new ReferenceScheduleChanged.Row("27447", null, new BigDecimal("80.00"), new BigDecimal("100.00")))));
        Fixtures.awaitStatus("/api/v1/analytics/reference-schedules/" + schedule, 200);
        UUID payorId = UUID.randomUUID();
        UUID contract = Fixtures.contract(payorId, null,
                Fixtures.rates("2026-01-01", schedule, Fixtures.fixed("27447", "100.00"), Fixtures.fixed("27448", "20000.00")));
        postKneeClaim(payorId, "PRP-1");
        String market = "Proposal market " + UUID.randomUUID();
        assertThat(Fixtures.awaitJob(upload(market, Fixtures.testdata(FEE_FOR_SERVICE)))).isEqualTo("SUCCEEDED");

        // Round 1 (the payor's): 27447 at 110% of Medicare, 27448 at 12,000.00, from 2027-01-01 with 3% a year
        // from 2027-01-01 for 2 years. Round 2 (ours) follows; round 1 stays comparable.
        UUID negotiation = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        Fixtures.publishNegotiation(negotiationEvent(negotiation, contract, payorId, 2, first, 1, "PAYOR", List.of(
                new NegotiationChanged.RateChange("PERCENT_OF_MEDICARE", List.of("27447"), null, new BigDecimal("110")),
                new NegotiationChanged.RateChange("ABSOLUTE", List.of("27448"), new BigDecimal("12000.00"), null))));
        UUID second = UUID.randomUUID();
        Fixtures.publishNegotiation(negotiationEvent(negotiation, contract, payorId, 3, second, 2, "US", List.of(
                new NegotiationChanged.RateChange("PERCENT_CHANGE", List.of("27447"), null, new BigDecimal("5")))));
        String path = "/api/v1/analytics/benchmarks/negotiations/" + negotiation + "/proposals/" + first;
        Fixtures.awaitStatus(path, 200);
        Fixtures.awaitStatus("/api/v1/analytics/benchmarks/negotiations/" + negotiation + "/proposals/" + second, 200);

        // Priced on 2027-01-01, the first anniversary: 27447 at 110% x 100.00 (non-facility Medicare) = 110.00, not
        // escalated (the escalator raises FIXED, PER_DIEM and CASE_RATE rates); 27448 FIXED 12,000.00 x 1.03 = 12,360.00.
        // Market (as for the contract): 27447 120.45 x 2 TINs, 27448 12,003.45 x 2. 27447: 110.00 ranks 0.0 and leaves
        // 2 units x (120.45 - 110.00) = 20.90; 27448: 12,360.00 ranks 100.0, opportunity 0. Volumes 2025-06-30..2026-06-30.
        // The codes the proposal changes are listed at both sites (professional): facility rows have no volume.
        String body = given().queryParam("asOf", "2026-06-30").queryParam("payor", market).get(path).then()
                .statusCode(200)
                .body("negotiationId", equalTo(negotiation.toString()))
                .body("proposalId", equalTo(first.toString()))
                .body("contractId", equalTo(contract.toString()))
                .body("round", equalTo(1))
                .body("from", equalTo("PAYOR"))
                .body("pricedOn", equalTo("2027-01-01"))
                .body("volumeAfter", equalTo("2025-06-30"))
                .body("totalOpportunity", equalTo(20.90f))
                .body("codes.totalItems", equalTo(4))
                .body("codes.items[1].code", equalTo("27447"))
                .body("codes.items[1].site", equalTo("NON_FACILITY"))
                .body("codes.items[1].volume", equalTo(2))
                .body("codes.items[1].ownRate", equalTo(110.00f))
                .body("codes.items[1].medicare", equalTo(100.00f))
                .body("codes.items[1].p50", equalTo(120.45f))
                .body("codes.items[1].percentileRank", equalTo(0.0f))
                .body("codes.items[1].opportunity", equalTo(20.90f))
                .body("codes.items[0].site", equalTo("FACILITY"))
                .body("codes.items[0].ownRate", equalTo(88.00f)) // 110% x 80.00, the facility fee
                .body("codes.items[0].opportunity", equalTo(0.00f))
                .body("codes.items[3].code", equalTo("27448"))
                .body("codes.items[3].ownRate", equalTo(12360.00f))
                .body("codes.items[3].percentileRank", equalTo(100.0f))
                .body("codes.items[3].opportunity", equalTo(0.00f))
                .extract().asString();
        assertThat(body).doesNotContainIgnoringCase("floor");

        // Round 2: 27447's own 100.00 + 5% = 105.00, escalated 3% = 108.15: 2 x (120.45 - 108.15) = 24.60.
        given().queryParam("asOf", "2026-06-30").queryParam("payor", market)
                .get("/api/v1/analytics/benchmarks/negotiations/" + negotiation + "/proposals/" + second).then()
                .statusCode(200)
                .body("round", equalTo(2))
                .body("codes.items.find { it.code == '27447' && it.site == 'NON_FACILITY' }.ownRate", equalTo(108.15f))
                .body("totalOpportunity", equalTo(24.60f));

        given().get("/api/v1/analytics/benchmarks/negotiations/" + negotiation + "/proposals/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void onlyTheRolesThatReadAnalyticsCompareAProposalAndNoneSeesAFloor() {
        UUID payorId = UUID.randomUUID();
        UUID contract = Fixtures.contract(payorId, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("27447", "100.00")));
        UUID negotiation = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        Fixtures.publishNegotiation(negotiationEvent(negotiation, contract, payorId, 2, proposal, 1, "PAYOR", List.of(
                new NegotiationChanged.RateChange("ABSOLUTE", List.of("27447"), new BigDecimal("90.00"), null))));
        String path = "/api/v1/analytics/benchmarks/negotiations/" + negotiation + "/proposals/" + proposal;
        Fixtures.awaitStatus(path, 200);
        for (String role : List.of("viewer", "billing-integration")) {
            as(role).get(path).then().statusCode(403);
        }
        for (String role : List.of("analyst", "contract-manager", "admin")) {
            String body = as(role).queryParam("asOf", "2026-06-30").get(path).then().statusCode(200)
                    .body("codes.items.find { it.site == 'NON_FACILITY' }.ownRate", equalTo(92.70f)) // 90.00 x 1.03
                    .extract().asString();
            assertThat(body).as(role).doesNotContainIgnoringCase("floor");
        }
    }

    /** A claim of the payor on 2026-03-01, office: 2 units of 27447 billed 500.00, 1 of 27448 billed 30,000.00. */
    private static void postKneeClaim(UUID payorId, String claimId) {
        given().contentType("application/json").body("""
                {"claimId":"%s","payorId":"%s","providerTin":"123456789","patientId":"P-1","submissionDate":"2026-03-02",
                 "lines":[{"code":"27447","units":2,"placeOfService":"11","dateOfService":"2026-03-01","billedCharge":500.00},
                          {"code":"27448","units":1,"placeOfService":"11","dateOfService":"2026-03-01","billedCharge":30000.00}]}"""
                .formatted(claimId, payorId)).post("/api/v1/analytics/claims").then().statusCode(201);
    }

    /** negotiation-changed of a proposal (floors never travel on it). */
    private static NegotiationChanged.V1 negotiationEvent(UUID negotiation, UUID contract, UUID payor, long version,
                                                          UUID proposal, int round, String from,
                                                          List<NegotiationChanged.RateChange> changes) {
        NegotiationChanged.Proposal latest = new NegotiationChanged.Proposal(proposal, round, from, LocalDate.of(2027, 1, 1),
                null, null, new BigDecimal("3"), 2, LocalDate.of(2027, 1, 1), null, null, null, null, changes,
                null, null, "round " + round);
        return new NegotiationChanged.V1(UUID.randomUUID(), negotiation, contract, payor, version, Instant.now(),
                NegotiationChanged.ChangeKind.PROPOSED, "2027 renewal", round == 1 ? "OPEN" : "COUNTERED", round, latest, null);
    }

    @Test
    void aPayorIsComparedWithTheOthers() {
        String a = "Against A " + UUID.randomUUID();
        String b = "Against B " + UUID.randomUUID();
        assertThat(Fixtures.awaitJob(upload(a, Fixtures.testdata(FEE_FOR_SERVICE), "code", "27448"))).isEqualTo("SUCCEEDED");
        assertThat(Fixtures.awaitJob(upload(b, Fixtures.testdata(MULTIPLE_PLANS), "code", "27448"))).isEqualTo("SUCCEEDED");
        // Every published file pays 27448 professional 12003.45 and institutional 12.45: A's median equals the
        // others' at every key, so it ranks 50.0 (all equal: 100 x (0 + n/2) / n).
        given().queryParam("payor", a).queryParam("code", "27448").get("/api/v1/analytics/benchmarks/payors").then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items[0].billingClass", equalTo("FACILITY"))
                .body("items[0].ownRate", equalTo(12.45f))
                .body("items[0].p50", equalTo(12.45f))
                .body("items[0].percentileRank", equalTo(50.0f))
                .body("items[1].p50", equalTo(12003.45f));
    }

    @Test
    void aTableOfContentsListsItsPlansAndInNetworkFiles() {
        given().contentType("application/json").body(Fixtures.testdata(TOC))
                .post("/api/v1/analytics/benchmarks/table-of-contents").then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].plans.planName", equalTo(List.of("medicaid", "medicare")))
                .body("[0].inNetworkFiles.location", equalTo(List.of(
                        "https://www.some_site.com/files/in-network-file-123456.json",
                        "https://www.some_site.com/files/behavioral-health-0000.json")))
                .body("[1].plans[0].planName", equalTo("chip"));
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
