package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * End to end: a contract, a claim, what the payer paid; then each line's expected versus paid, the
 * underpayment worklist, late payments with interest, denials and the totals.
 */
@QuarkusTest
class ExpectedVersusPaidTest {

    private static UUID contractFor(UUID payor) {
        return Fixtures.contract(payor, null,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")));
    }

    private static void postClaim(UUID payor, String claimId, String lines) {
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"%s","payorId":"%s","patientId":"MRN-77","submissionDate":"2026-03-02","lines":[%s]}"""
                        .formatted(claimId, payor, lines))
                .when().post("/api/v1/analytics/claims").then().statusCode(201);
    }

    private static String claimPath(UUID payor, String claimId) {
        String id = given().queryParam("payorId", payor).queryParam("claimId", claimId)
                .get("/api/v1/analytics/claims").then().statusCode(200).extract().path("items[0].id");
        return "/api/v1/analytics/claims/" + id;
    }

    private static void postRemittance(String json) {
        given().contentType(ContentType.JSON).body(json).when().post("/api/v1/analytics/remittances")
                .then().statusCode(201);
    }

    @Test
    void findsAnUnderpaidLineAndALatePaymentAndWorksTheUnderpaymentThroughItsStatuses() {
        UUID payor = UUID.randomUUID();
        UUID contract = contractFor(payor);
        postClaim(payor, "EVP-1", """
                {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500},
                {"code":"64483","dateOfService":"2026-03-01","billedCharge":2400}""");
        postRemittance("""
                {"payorId":"%s","payerName":"Test Payer","payerId":"TP1","traceNumber":"T-%s","paymentDate":"2026-04-20",
                 "claims":[{"claimId":"EVP-1","payerClaimId":"X1","status":"1","charge":3900,"paid":1230.40,
                   "patientResponsibility":50,"receivedDate":"2026-03-05",
                   "lines":[{"code":"62323","charge":1500,"paid":562.40,"allowed":612.40,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":887.60},{"group":"PR","reason":"2","amount":50}]},
                            {"code":"64483","charge":2400,"paid":668.00,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":1732}]}]}]}""".formatted(payor, UUID.randomUUID()));

        given().get(claimPath(payor, "EVP-1")).then().statusCode(200)
                .body("totalPaid", equalTo(1230.40f))
                .body("lines[0].expected", equalTo(612.40f))
                .body("lines[0].paid", equalTo(562.40f))
                .body("lines[0].patientResponsibility", equalTo(50.00f))
                .body("lines[0].variance", equalTo(0.00f))
                .body("lines[1].paid", equalTo(668.00f))
                .body("lines[1].variance", equalTo(-30.00f))
                .body("payment.receivedDate", equalTo("2026-03-05"))
                .body("payment.paymentDate", equalTo("2026-04-20"))
                .body("payment.daysToPay", equalTo(46))
                .body("payment.cleanClaimDays", equalTo(30))
                .body("payment.lateDays", equalTo(16))
                // 1230.40 x 12% a year x 16/365 days
                .body("payment.interestOwed", equalTo(6.47f));

        int id = given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].code", equalTo("64483"))
                .body("items[0].variance", equalTo(-30.00f))
                .body("items[0].status", equalTo("DETECTED"))
                .body("items[0].contractId", equalTo(contract.toString()))
                .extract().path("items[0].id");
        String item = "/api/v1/analytics/underpayments/" + id;

        String detected = given().get(item).then().statusCode(200).header("ETag", equalTo("W/\"0\"")).extract().header("ETag");
        given().contentType(ContentType.JSON).body("{\"status\":\"IN_REVIEW\"}").patch(item)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", detected).body("{\"status\":\"IN_REVIEW\",\"assignee\":\"dana\"}").patch(item)
                .then().statusCode(200).header("ETag", equalTo("W/\"1\"")).body("status", equalTo("IN_REVIEW")).body("assignee", equalTo("dana"));
        given().contentType(ContentType.JSON).header("If-Match", detected).body("{\"note\":\"stale\"}").patch(item)
                .then().statusCode(412).header("ETag", equalTo("W/\"1\""));
        given().header("If-None-Match", "W/\"1\"").get(item).then().statusCode(304);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"RECOVERED\"}").patch(item)
                .then().statusCode(409).contentType("application/problem+json")
                .body("allowedStatuses", contains("APPEALED", "WRITTEN_OFF", "INVALID"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"APPEALED\",\"note\":\"appeal 2026-05-02\"}").patch(item)
                .then().statusCode(200).body("status", equalTo("APPEALED"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"RECOVERED\"}").patch(item)
                .then().statusCode(200).body("status", equalTo("RECOVERED")).body("nextStatuses", empty())
                .body("assignee", equalTo("dana"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"IN_REVIEW\"}").patch(item).then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"LOST\"}").patch(item)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("payorId", payor).queryParam("status", "RECOVERED").queryParam("assignee", "dana")
                .get("/api/v1/analytics/underpayments").then().body("totalItems", equalTo(1));

        // Every accepted move is in the item's audit trail, by the token's subject; the refused ones left nothing.
        given().get(item + "/audit").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.action", equalTo(java.util.List.of("status-changed", "status-changed", "status-changed")))
                .body("items[0].subject", equalTo("test-admin"))
                .body("items[0].roles", equalTo(java.util.List.of("admin")))
                .body("items[2].changes[0]", equalTo(java.util.Map.of("field", "status", "from", "DETECTED", "to", "IN_REVIEW")))
                .body("items[2].changes[1].field", equalTo("assignee"))
                .body("items[2].changes[1].from", org.hamcrest.Matchers.nullValue())
                .body("items[2].changes[1].to", equalTo("dana"))
                .body("items[2].changes", hasSize(2));
        io.restassured.RestAssured.given().auth().oauth2(com.payorcontracts.testing.TestJwt.forSubject("lee@asc.example", "analyst"))
                .contentType(ContentType.JSON).header("If-Match", "*").body("{\"note\":\"closed out\",\"changedBy\":\"someone-else\"}").patch(item)
                .then().statusCode(400);
        io.restassured.RestAssured.given().auth().oauth2(com.payorcontracts.testing.TestJwt.forSubject("lee@asc.example", "analyst"))
                .contentType(ContentType.JSON).header("If-Match", "*").body("{\"note\":\"closed out\"}").patch(item).then().statusCode(200);
        given().get(item + "/audit").then()
                .body("items[0].action", equalTo("updated"))
                .body("items[0].subject", equalTo("lee@asc.example"))
                .body("items[0].changes[0].field", equalTo("note"));

        given().queryParam("payorId", payor).queryParam("groupBy", "PAYOR").get("/api/v1/analytics/reports/totals")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].key", equalTo(payor.toString()))
                .body("items[0].lines", equalTo(2))
                .body("items[0].expected", equalTo(1310.40f))
                .body("items[0].paid", equalTo(1230.40f))
                .body("items[0].variance", equalTo(-30.00f))
                .body("items[0].underpaidLines", equalTo(1));
        given().queryParam("payorId", payor).queryParam("groupBy", "CODE").get("/api/v1/analytics/reports/totals")
                .then().body("items.key", equalTo(java.util.List.of("62323", "64483")));
        given().queryParam("payorId", payor).queryParam("groupBy", "MONTH").get("/api/v1/analytics/reports/totals")
                .then().body("items[0].key", equalTo("2026-03"));
        given().queryParam("payorId", payor).queryParam("code", "99999").get("/api/v1/analytics/reports/totals")
                .then().body("totalItems", equalTo(0));

        given().queryParam("payorId", payor).get("/api/v1/analytics/reports/days-to-pay").then().statusCode(200)
                .body("items[0].claimsPaid", equalTo(1))
                .body("items[0].averageDays", equalTo(46.0f))
                .body("items[0].latePayments", equalTo(1))
                .body("items[0].cleanClaimDays", equalTo(30))
                .body("items[0].interestOwed", equalTo(6.47f));
        given().queryParam("payorId", payor).get("/api/v1/analytics/reports/late-payments").then().statusCode(200)
                .body("items[0].claimRef", equalTo("EVP-1"))
                .body("items[0].lateDays", equalTo(16));
    }

    @Test
    void nettsAReversalAgainstItsOriginalSoTheCorrectionAloneCounts() {
        UUID payor = UUID.randomUUID();
        contractFor(payor);
        postClaim(payor, "EVP-REV", "{\"code\":\"64483\",\"dateOfService\":\"2026-03-01\",\"billedCharge\":2400}");
        postRemittance("""
                {"payorId":"%s","payerId":"TP2","traceNumber":"R1-%s","paymentDate":"2026-04-01",
                 "claims":[{"claimId":"EVP-REV","payerClaimId":"Y1","status":"1","charge":2400,"paid":600,
                   "lines":[{"code":"64483","charge":2400,"paid":600,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":1800}]}]}]}""".formatted(payor, UUID.randomUUID()));
        given().get(claimPath(payor, "EVP-REV")).then().body("lines[0].variance", equalTo(-98.00f));
        given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments").then().body("totalItems", equalTo(1));

        postRemittance("""
                {"payorId":"%s","payerId":"TP2","traceNumber":"R2-%s","paymentDate":"2026-04-10",
                 "claims":[{"claimId":"EVP-REV","payerClaimId":"Y1","status":"22","charge":-2400,"paid":-600,
                   "lines":[{"code":"64483","charge":-2400,"paid":-600,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":-1800}]}]},
                  {"claimId":"EVP-REV","payerClaimId":"Y2","status":"1","charge":2400,"paid":698,
                   "lines":[{"code":"64483","charge":2400,"paid":698,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":1702}]}]}]}""".formatted(payor, UUID.randomUUID()));

        given().get(claimPath(payor, "EVP-REV")).then()
                .body("totalPaid", equalTo(698.00f))
                .body("lines[0].paid", equalTo(698.00f))
                .body("lines[0].variance", equalTo(0.00f))
                .body("payment.paymentDate", equalTo("2026-04-01"));
        // Nobody had worked on it: the worklist item goes away with the underpayment.
        given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments").then().body("totalItems", equalTo(0));
        given().queryParam("payorId", payor).get("/api/v1/analytics/reports/denials").then()
                .body("byPayor[0].claims", equalTo(2))
                .body("byPayor[0].deniedClaims", equalTo(0));
    }

    @Test
    void linksAn835ToItsClaimByClaimIdAndReportsTheDenial() {
        UUID payor = UUID.randomUUID();
        contractFor(payor);
        String claimId = "EVP-835-" + UUID.randomUUID().toString().substring(0, 8);
        postClaim(payor, claimId, "{\"code\":\"64483\",\"dateOfService\":\"2026-03-01\",\"billedCharge\":2400}");
        String x12 = "ST*835*0001~BPR*H*0*C*NON************20260415~TRN*1*DEN-" + claimId + "*1999999999~"
                + "N1*PR*TEST PAYER~N1*PE*TEST CLINIC*XX*1234567893~LX*1~"
                + "CLP*" + claimId + "*4*2400*0**12*PCN835X~NM1*QC*1*DOE*JANE****MI*W123456789~"
                + "SVC*HC:64483*2400*0**1~DTM*472*20260301~CAS*CO*50*2400~SE*12*0001~";
        given().contentType("application/edi-x12").queryParam("payorId", payor)
                .body(x12.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/analytics/remittances").then().statusCode(201).body("claimCount", equalTo(1));

        given().get(claimPath(payor, claimId)).then()
                .body("lines[0].remitted", equalTo(true))
                .body("lines[0].denied", equalTo(true))
                .body("lines[0].paid", equalTo(0.00f))
                .body("lines[0].variance", equalTo(-698.00f));
        given().queryParam("payorId", payor).get("/api/v1/analytics/reports/denials").then().statusCode(200)
                .body("byReason.items[0].group", equalTo("CO"))
                .body("byReason.items[0].reason", equalTo("50"))
                .body("byReason.items[0].amount", equalTo(2400.00f))
                .body("byPayor[0].deniedClaims", equalTo(1))
                .body("byPayor[0].denialRate", equalTo(1.0f));
    }

    @Test
    void matchesAClaimNoContractCoveredOnceItsContractArrivesAndRepricesItWhenTheContractChanges() {
        UUID payor = UUID.randomUUID();
        postClaim(payor, "EVP-LATE-CONTRACT", "{\"code\":\"62323\",\"dateOfService\":\"2026-03-01\",\"billedCharge\":1500}");
        given().get(claimPath(payor, "EVP-LATE-CONTRACT")).then().body("contractMatch", equalTo("UNMATCHED"));

        UUID contract = Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                "MATCHED".equals(given().get(claimPath(payor, "EVP-LATE-CONTRACT")).then().extract().path("contractMatch")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                given().get(claimPath(payor, "EVP-LATE-CONTRACT")).then().extract().path("lines[0].expected") != null);
        given().get(claimPath(payor, "EVP-LATE-CONTRACT")).then()
                .body("contractId", equalTo(contract.toString()))
                .body("lines[0].expected", equalTo(612.40f));

        // An amendment from March on changes the rate: the claim is repriced by it.
        com.payorcontracts.events.ContractChanged.ContractTerms terms = new com.payorcontracts.events.ContractChanged.ContractTerms(
                payor, "Amended", "ACTIVE", java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2028-12-31"),
                null, null, null, null, java.util.List.of(
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40")),
                Fixtures.rates("2026-02-15", null, Fixtures.fixed("62323", "640.00"))));
        Fixtures.publishContract(new com.payorcontracts.events.ContractChanged.V1(UUID.randomUUID(), contract, 2,
                java.time.Instant.now(), com.payorcontracts.events.ContractChanged.ChangeKind.AMENDED, terms));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            Object expected = given().get(claimPath(payor, "EVP-LATE-CONTRACT")).then().extract().path("lines[0].expected");
            return expected != null && ((Number) expected).floatValue() == 640.00f;
        });
    }

    @Test
    void repricesEveryClaimAsAJobOnRequest() {
        String job = given().contentType(ContentType.JSON).body("{}").post("/api/v1/analytics/repricing")
                .then().statusCode(202).body("kind", equalTo("REPRICE")).extract().header("Location");
        org.assertj.core.api.Assertions.assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        given().get(job).then().body("result.lines", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    @Test
    void refusesAJsonRemittanceThatDoesNotBalanceNamingTheLine() {
        given().contentType(ContentType.JSON).body("""
                        {"payerId":"TP9","traceNumber":"BAD-%s","paymentDate":"2026-04-01",
                         "claims":[{"claimId":"C","status":"1","charge":100,"paid":80,
                           "lines":[{"code":"64483","charge":100,"paid":80,"adjustments":[{"group":"CO","reason":"45","amount":10}]}]}]}"""
                        .formatted(UUID.randomUUID()))
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("claims[0].lines[0]"));
        given().contentType(ContentType.JSON).body("{\"claims\":[{\"status\":\"1\",\"lines\":[{\"code\":\"6448\"}]}]}")
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("traceNumber", "claims[0].claimId",
                        "claims[0].lines[0].code"));
    }
}
