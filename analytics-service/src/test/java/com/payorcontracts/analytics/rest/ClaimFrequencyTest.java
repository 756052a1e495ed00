package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.analytics.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Claims corrected as billing systems do: frequency code 7 replaces the claim sent before under the
 * same claim id, 8 voids it; the earlier versions stay readable, and totals and the worklist follow.
 */
@QuarkusTest
class ClaimFrequencyTest {

    private static final String ORIGINAL_LINES = """
            {"code":"64483","dateOfService":"2026-03-01","billedCharge":2400}""";
    private static final String REPLACEMENT_LINES = """
            {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500},
            {"code":"64483","dateOfService":"2026-03-01","billedCharge":2400}""";
    /** REPLACEMENT_LINES' two services in the other order: 64483 on line 1, 62323 on line 2. */
    private static final String BOTH_LINES = """
            {"code":"64483","dateOfService":"2026-03-01","billedCharge":2400},
            {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500}""";
    private static final String ONLY_62323 = """
            {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500}""";

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    private static ValidatableResponse post(UUID payor, String claimId, String frequencyCode, String lines) {
        return given().contentType(ContentType.JSON).body("""
                        {"claimId":"%s","payorId":"%s","patientId":"MRN-77","submissionDate":"2026-03-02",%s"lines":[%s]}"""
                        .formatted(claimId, payor, frequencyCode == null ? "" : "\"frequencyCode\":\"" + frequencyCode + "\",",
                                lines))
                .when().post("/api/v1/analytics/claims").then();
    }

    private static ValidatableResponse totals(UUID payor) {
        return given().queryParam("payorId", payor).queryParam("groupBy", "PAYOR").get("/api/v1/analytics/reports/totals")
                .then().statusCode(200);
    }

    private static ValidatableResponse worklist(UUID payor) {
        return given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments").then().statusCode(200);
    }

    private static final String PAID_64483 = """
            {"code":"64483","charge":2400,"paid":668.00,"dateOfService":"2026-03-01",
             "adjustments":[{"group":"CO","reason":"45","amount":1732}]}""";
    private static final String PAID_62323 = """
            {"code":"62323","charge":1500,"paid":500.00,"dateOfService":"2026-03-01",
             "adjustments":[{"group":"CO","reason":"45","amount":1000}]}""";

    /** The payer pays 668.00 of the 698.00 the contract says for 64483: 30.00 short. */
    private static void remit(UUID payor, String claimId) {
        remit(payor, claimId, "2400", "668.00", PAID_64483);
    }

    /** A payment of the claim's lines as given (charge and paid their totals). */
    private static void remit(UUID payor, String claimId, String charge, String paid, String lines) {
        given().contentType(ContentType.JSON).body("""
                        {"payorId":"%s","payerName":"Test Payer","payerId":"TP1","traceNumber":"T-%s","paymentDate":"2026-03-20",
                         "claims":[{"claimId":"%s","payerClaimId":"X1","status":"1","charge":%s,"paid":%s,
                           "patientResponsibility":0,"receivedDate":"2026-03-05","lines":[%s]}]}"""
                        .formatted(payor, UUID.randomUUID(), claimId, charge, paid, lines))
                .when().post("/api/v1/analytics/remittances").then().statusCode(201);
    }

    @Test
    void replacesAndVoidsAClaimKeepingItsVersionsWhileTotalsAndTheWorklistFollow() {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")));
        String id = post(payor, "FREQ-1", null, ORIGINAL_LINES).statusCode(201)
                .body("frequencyCode", equalTo("1")).body("version", equalTo(1)).extract().path("id");
        String claim = "/api/v1/analytics/claims/" + id;
        remit(payor, "FREQ-1");
        worklist(payor).body("totalItems", equalTo(1)).body("items[0].lineNo", equalTo(1));
        totals(payor).body("items[0].expected", equalTo(698.00f)).body("items[0].underpaidLines", equalTo(1));

        // The corrected claim adds 62323 in front: 64483 is line 2 now, still 30.00 short.
        post(payor, "FREQ-1", "7", REPLACEMENT_LINES).statusCode(200)
                .body("id", equalTo(id)).body("frequencyCode", equalTo("7")).body("version", equalTo(2))
                .body("lines", hasSize(2)).body("lines[0].expected", equalTo(612.40f))
                .body("lines[1].variance", equalTo(-30.00f));
        // 612.40 + 698.00
        totals(payor).body("items[0].lines", equalTo(2)).body("items[0].expected", equalTo(1310.40f))
                .body("items[0].underpaidLines", equalTo(1));
        worklist(payor).body("totalItems", equalTo(1)).body("items[0].lineNo", equalTo(2))
                .body("items[0].code", equalTo("64483")).body("items[0].variance", equalTo(-30.00f));

        // Resending either version changes nothing: a retry, or the same file uploaded again.
        post(payor, "FREQ-1", "7", REPLACEMENT_LINES).statusCode(200).body("version", equalTo(2));
        post(payor, "FREQ-1", null, ORIGINAL_LINES).statusCode(200).body("version", equalTo(2));
        // Other content under the key still needs a 7.
        post(payor, "FREQ-1", "1", REPLACEMENT_LINES.replace("1500", "1600")).statusCode(409);

        given().get(claim + "/versions").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.version", equalTo(List.of(2, 1)))
                .body("items.inForce", equalTo(List.of(true, false)))
                .body("items[0].supersededBy", nullValue())
                .body("items[0].lines.code", equalTo(List.of("62323", "64483")))
                .body("items[1].frequencyCode", equalTo("1"))
                .body("items[1].supersededBy", equalTo("7"))
                .body("items[1].supersededAt", notNullValue())
                .body("items[1].totalBilled", equalTo(2400.00f))
                .body("items[1].lines.code", equalTo(List.of("64483")))
                .body("items[1].lines[0].billedCharge", equalTo(2400.00f));

        post(payor, "FREQ-1", "8", REPLACEMENT_LINES).statusCode(200)
                .body("id", equalTo(id)).body("frequencyCode", equalTo("8")).body("version", equalTo(3))
                .body("voidedAt", notNullValue()).body("totalExpected", nullValue());
        worklist(payor).body("totalItems", equalTo(0));
        totals(payor).body("items", hasSize(0));
        post(payor, "FREQ-1", "8", REPLACEMENT_LINES).statusCode(200).body("version", equalTo(3));
        // A voided claim is not revived by new content: the billing system sends a new claim id.
        post(payor, "FREQ-1", "7", REPLACEMENT_LINES.replace("1500", "1600")).statusCode(409);
        given().queryParam("size", 1).get(claim + "/versions").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(3))
                .body("items[0].frequencyCode", equalTo("8"));
        given().get(claim + "/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("voided", "replaced", "created")));
    }

    private static ValidatableResponse item(long id) {
        return given().get("/api/v1/analytics/underpayments/" + id).then().statusCode(200);
    }

    private static void change(long id, String status) {
        String etag = given().get("/api/v1/analytics/underpayments/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"status\":\"" + status + "\"}")
                .patch("/api/v1/analytics/underpayments/" + id).then().statusCode(200).body("status", equalTo(status));
    }

    @Test
    void workOnAnUnderpaymentFollowsItsServiceThroughReplacementsAndOutlivesIt() {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")));
        post(payor, "FREQ-W", null, BOTH_LINES).statusCode(201);
        // 64483 paid 668.00 of 698.00 (30.00 short), 62323 paid 500.00 of 612.40 (112.40 short)
        remit(payor, "FREQ-W", "3900", "1168.00", PAID_64483 + "," + PAID_62323);
        // largest shortfall first: 62323 (-112.40) on line 2, 64483 (-30.00) on line 1
        worklist(payor).body("items.code", equalTo(List.of("62323", "64483"))).body("items.lineNo", equalTo(List.of(2, 1)));
        long appealed = ((Number) worklist(payor).extract().path("items[1].id")).longValue();
        long untouched = ((Number) worklist(payor).extract().path("items[0].id")).longValue();
        change(appealed, "IN_REVIEW");
        change(appealed, "APPEALED");

        // The corrected claim bills the same services in the other order: the appeal stays with 64483.
        post(payor, "FREQ-W", "7", REPLACEMENT_LINES).statusCode(200).body("version", equalTo(2));
        item(appealed).body("status", equalTo("APPEALED")).body("lineNo", equalTo(2)).body("code", equalTo("64483"))
                .body("variance", equalTo(-30.00f)).body("lineEnded", nullValue());
        item(untouched).body("status", equalTo("DETECTED")).body("lineNo", equalTo(1)).body("code", equalTo("62323"))
                .body("variance", equalTo(-112.40f));
        worklist(payor).body("totalItems", equalTo(2));

        // The next one no longer bills 64483: the appeal outlives its line, with the figures it had.
        post(payor, "FREQ-W", "7", ONLY_62323).statusCode(200).body("version", equalTo(3));
        item(appealed).body("status", equalTo("APPEALED")).body("lineEnded", equalTo("REPLACED"))
                .body("lineEndedAt", notNullValue()).body("code", equalTo("64483")).body("lineNo", equalTo(2))
                .body("expected", equalTo(698.00f)).body("paid", equalTo(668.00f)).body("variance", equalTo(-30.00f))
                .body("nextStatuses", hasSize(3));
        given().get("/api/v1/analytics/underpayments/" + appealed + "/appeal-packet").then().statusCode(409)
                .contentType("application/problem+json");
        worklist(payor).body("totalItems", equalTo(2));

        // A void removes what nobody worked on; the ended appeal stays as it was, and its work goes on.
        post(payor, "FREQ-W", "8", ONLY_62323).statusCode(200);
        worklist(payor).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) appealed))
                .body("items[0].lineEnded", equalTo("REPLACED"));
        given().get("/api/v1/analytics/underpayments/" + untouched).then().statusCode(404);
        change(appealed, "RECOVERED");
        totals(payor).body("items", hasSize(0));
        for (String sort : List.of("amount", "-amount", "age", "-age", "dateOfService", "-dateOfService")) {
            given().queryParam("payorId", payor).queryParam("sort", sort).get("/api/v1/analytics/underpayments").then()
                    .statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) appealed));
        }
    }

    @Test
    void anEndedItemNeverTakesTheFiguresOfTheServiceNowOnItsLineNumber() {
        TestClock.fix("2026-04-01T12:00:00Z"); // within the appeal window of the 2026-03-20 payment
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")));
        post(payor, "FREQ-N", null, BOTH_LINES).statusCode(201);
        remit(payor, "FREQ-N", "3900", "1168.00", PAID_64483 + "," + PAID_62323);
        long detected = ((Number) worklist(payor).extract().path("items[0].id")).longValue();
        long reviewed = ((Number) worklist(payor).extract().path("items[1].id")).longValue();
        change(reviewed, "IN_REVIEW");

        // The correction drops 64483 (line 1, under review); 62323 moves up to line 1, the reviewed item's number.
        post(payor, "FREQ-N", "7", ONLY_62323).statusCode(200).body("version", equalTo(2));
        item(detected).body("lineNo", equalTo(1)).body("code", equalTo("62323")).body("variance", equalTo(-112.40f))
                .body("lineEnded", nullValue());
        item(reviewed).body("lineNo", equalTo(1)).body("code", equalTo("64483")).body("variance", equalTo(-30.00f))
                .body("lineEnded", equalTo("REPLACED"));
        // Nothing that reads a line's figures by its number attaches 62323's to the ended 64483 item: no packet
        // of the wrong service, no second packet or alert for 62323's shortfall.
        given().get("/api/v1/analytics/underpayments/" + reviewed + "/appeal-packet").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("REPLACED"));
        String etag = given().get("/api/v1/analytics/underpayments/" + reviewed).then().extract().header("ETag");
        given().header("If-Match", etag).post("/api/v1/analytics/underpayments/" + reviewed + "/appeal").then()
                .statusCode(409).body("detail", containsString("no longer billed"));
        item(reviewed).body("status", equalTo("IN_REVIEW")).header("ETag", equalTo(etag));
        given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments/appeal-packets").then().statusCode(200)
                .body("count", equalTo(1)).body("packets[0].underpaymentId", equalTo((int) detected))
                .body("totalVariance", equalTo(-112.40f));
        // Appeal by 2026-03-20 + 180 days = 2026-09-16, 168 days ahead.
        given().queryParam("payorId", payor).queryParam("kind", "APPEAL_DEADLINE").queryParam("withinDays", 180)
                .get("/api/v1/alerts").then().statusCode(200)
                .body("items.subjectId", equalTo(List.of(Long.toString(detected))))
                .body("items.subjectLabel", equalTo(List.of("FREQ-N 62323"))).body("items.dueDate", equalTo(List.of("2026-09-16")));
    }

    /** A claim of 64483 paid 30.00 short, its worklist item IN_REVIEW: the item's id. */
    private static long reviewedItem(UUID payor, String claimId) {
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("64483", "698.00")));
        post(payor, claimId, null, ORIGINAL_LINES).statusCode(201);
        remit(payor, claimId);
        long reviewed = ((Number) worklist(payor).extract().path("items[0].id")).longValue();
        change(reviewed, "IN_REVIEW");
        return reviewed;
    }

    @Test
    void aVoidEndsTheItemsSomeoneWorkedOnWithTheirFigures() {
        UUID payor = UUID.randomUUID();
        long reviewed = reviewedItem(payor, "FREQ-V");

        post(payor, "FREQ-V", "8", ORIGINAL_LINES).statusCode(200).body("voidedAt", notNullValue());
        worklist(payor).body("totalItems", equalTo(1));
        item(reviewed).body("status", equalTo("IN_REVIEW")).body("lineEnded", equalTo("VOIDED")).body("lineNo", equalTo(1))
                .body("code", equalTo("64483")).body("variance", equalTo(-30.00f)).body("payorId", equalTo(payor.toString()));
        totals(payor).body("items", hasSize(0));
        change(reviewed, "INVALID");
    }

    @Test
    void anItemEndedBeforeItsClaimIsPricedAgainShowsTheLastFiguresPricedForItsService() {
        UUID payor = UUID.randomUUID();
        long reviewed = reviewedItem(payor, "FREQ-B");

        // One batch: a correction billing 2500.00 drops the line's figures, and the void comes before any repricing.
        given().contentType(ContentType.JSON).body("""
                        {"claims":[{"claimId":"FREQ-B","payorId":"%1$s","frequencyCode":"7","lines":[%2$s]},
                                   {"claimId":"FREQ-B","payorId":"%1$s","frequencyCode":"8","lines":[%2$s]}]}"""
                        .formatted(payor, ORIGINAL_LINES.replace("2400", "2500")))
                .when().post("/api/v1/analytics/claims/batch").then().statusCode(200)
                .body("replaced", equalTo(1)).body("voided", equalTo(1));
        item(reviewed).body("status", equalTo("IN_REVIEW")).body("lineEnded", equalTo("VOIDED"))
                .body("billed", equalTo(2400.00f)).body("expected", equalTo(698.00f)).body("paid", equalTo(668.00f))
                .body("variance", equalTo(-30.00f));
        worklist(payor).body("totalItems", equalTo(1));
    }

    @Test
    void refusesOtherCodesAndAmendmentsOfClaimsNeverStored() {
        UUID payor = UUID.randomUUID();
        post(payor, "FREQ-X", "5", ORIGINAL_LINES).statusCode(400)
                .body("errors[0].field", equalTo("frequencyCode"))
                .body("errors[0].message", equalTo("must be 1 (original), 7 (replacement) or 8 (void)"));
        post(payor, "FREQ-X", "7", ORIGINAL_LINES).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("frequencyCode"));
        post(payor, "FREQ-X", "8", ORIGINAL_LINES).statusCode(422).body("errors[0].field", equalTo("frequencyCode"));

        // A batch is all or none: the original before the unknown void is not stored either.
        given().contentType(ContentType.JSON).body("""
                        {"claims":[{"claimId":"FREQ-Y","payorId":"%1$s","lines":[%2$s]},
                                   {"claimId":"FREQ-Z","payorId":"%1$s","frequencyCode":"8","lines":[%2$s]}]}"""
                        .formatted(payor, ORIGINAL_LINES))
                .when().post("/api/v1/analytics/claims/batch").then().statusCode(422)
                .body("errors.field", equalTo(List.of("claims[1].frequencyCode")));
        given().queryParam("payorId", payor).get("/api/v1/analytics/claims").then().body("totalItems", equalTo(0));

        // In one batch an original, its replacement and its void apply in order.
        given().contentType(ContentType.JSON).body("""
                        {"claims":[{"claimId":"FREQ-Y","payorId":"%1$s","lines":[%2$s]},
                                   {"claimId":"FREQ-Y","payorId":"%1$s","frequencyCode":"7","lines":[%3$s]},
                                   {"claimId":"FREQ-Y","payorId":"%1$s","frequencyCode":"8","lines":[%3$s]}]}"""
                        .formatted(payor, ORIGINAL_LINES, REPLACEMENT_LINES))
                .when().post("/api/v1/analytics/claims/batch").then().statusCode(200)
                .body("created", equalTo(1)).body("replaced", equalTo(1)).body("voided", equalTo(1))
                .body("results.outcome", equalTo(List.of("CREATED", "REPLACED", "VOIDED")));
    }

    @Test
    void aCsvUploadReplacesAndVoidsByItsFrequencyCodeColumnAndCountsNothingTwiceUploadedAgain() {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("64483", "698.00")));
        String header = "claim_id,payor_id,frequency_code,code,date_of_service,billed_charge\n";
        String csv = header
                + "CSV-A,%1$s,1,64483,2026-03-01,2400.00\n".formatted(payor)
                + "CSV-B,%1$s,,64483,2026-03-01,1000.00\n".formatted(payor)
                + "CSV-A,%1$s,7,64483,2026-03-01,2500.00\n".formatted(payor)
                + "CSV-B,%1$s,8,64483,2026-03-01,1000.00\n".formatted(payor)
                + "CSV-C,%1$s,7,64483,2026-03-01,1000.00\n".formatted(payor)
                + "CSV-D,%1$s,3,64483,2026-03-01,1000.00\n".formatted(payor);
        for (int upload = 1; upload <= 2; upload++) {
            String job = given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/v1/analytics/claims").then().statusCode(202).extract().header("Location");
            assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
            ValidatableResponse result = given().get(job).then()
                    .body("result.unknownClaims", equalTo(1))
                    .body("result.rejected", equalTo(1))
                    .body("errors.find { it.field == 'frequency_code' && it.row == 5 }.message", notNullValue())
                    .body("errors.find { it.field == 'frequency_code' && it.row == 6 }.message",
                            equalTo("must be 1 (original), 7 (replacement) or 8 (void)"));
            if (upload == 1) {
                result.body("result.claimsCreated", equalTo(2)).body("result.replaced", equalTo(1))
                        .body("result.voided", equalTo(1)).body("result.duplicates", equalTo(0));
            } else {
                result.body("result.claimsCreated", equalTo(0)).body("result.replaced", equalTo(0))
                        .body("result.voided", equalTo(0)).body("result.duplicates", equalTo(4));
            }
        }
        given().queryParam("payorId", payor).queryParam("claimId", "CSV-A").get("/api/v1/analytics/claims").then()
                .body("items[0].version", equalTo(2)).body("items[0].totalBilled", equalTo(2500.00f));
        given().queryParam("payorId", payor).queryParam("claimId", "CSV-B").get("/api/v1/analytics/claims").then()
                .body("items[0].frequencyCode", equalTo("8")).body("items[0].voidedAt", notNullValue());
    }
}
