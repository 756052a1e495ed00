package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.events.ContractChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * An underpaid line's appeal packet, as JSON and as PDF read back: every figure hand-computed from
 * the contract (64483 at 698.00, 30 clean-claim days, 12% a year, 180 days to appeal) and the 835.
 */
@QuarkusTest
class AppealPacketTest {

    private static final ContractChanged.ProviderEntity PROVIDER =
            new ContractChanged.ProviderEntity("Lakeside Surgery Center", "123456789", "1234567893", null, null);

    /** A contract, a claim of two lines, an 835 that pays 62323 in full and 64483 30.00 short; the 64483 item. */
    private static int underpaidItem(UUID payor, String claimId) {
        Fixtures.contract(payor, PROVIDER,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")));
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"%s","payorId":"%s","providerTin":"123456789","providerNpi":"1234567893",
                         "patientId":"MRN-88","submissionDate":"2026-03-02","lines":[
                         {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500},
                         {"code":"64483","dateOfService":"2026-03-01","billedCharge":2400}]}""".formatted(claimId, payor))
                .when().post("/api/v1/analytics/claims").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"payorId":"%s","payerName":"Cascade Mutual Health","payerId":"CMH01","traceNumber":"T-%s","paymentDate":"2026-04-20",
                 "claims":[{"claimId":"%s","payerClaimId":"PCN-9","status":"1","charge":3900,"paid":1230.40,
                   "patientResponsibility":50,"receivedDate":"2026-03-05",
                   "lines":[{"code":"62323","charge":1500,"paid":562.40,"allowed":612.40,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":887.60},{"group":"PR","reason":"2","amount":50}]},
                            {"code":"64483","charge":2400,"paid":668.00,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":1702},{"group":"CO","reason":"253","amount":30}]}]}]}"""
                        .formatted(payor, UUID.randomUUID(), claimId))
                .when().post("/api/v1/analytics/remittances").then().statusCode(201);
        return given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void putsTheClauseTheStepsThe835sCodesTheInterestAndTheAppealByDateInOnePacket() throws IOException {
        UUID payor = UUID.randomUUID();
        int id = underpaidItem(payor, "APL-1");
        String packet = "/api/v1/analytics/underpayments/" + id + "/appeal-packet";

        given().get(packet).then().statusCode(200).contentType(ContentType.JSON)
                .body("underpaymentId", equalTo(id))
                .body("status", equalTo("DETECTED"))
                .body("provider.name", equalTo("Lakeside Surgery Center"))
                .body("provider.tin", equalTo("123456789"))
                .body("provider.npi", equalTo("1234567893"))
                .body("payor.payorId", equalTo(payor.toString()))
                .body("payor.payerName", equalTo("Cascade Mutual Health"))
                .body("payor.payerId", equalTo("CMH01"))
                .body("claim.claimId", equalTo("APL-1"))
                .body("claim.payerClaimNumber", equalTo("PCN-9"))
                .body("claim.firstDateOfService", equalTo("2026-03-01"))
                .body("claim.lastDateOfService", equalTo("2026-03-01"))
                .body("claim.lineNo", equalTo(2))
                .body("claim.code", equalTo("64483"))
                .body("claim.billed", equalTo(2400.00f))
                .body("contract.contractVersion", equalTo(1))
                .body("contract.termsEffectiveFrom", equalTo("2026-01-01"))
                .body("contract.termsSource", equalTo("BASE"))
                .body("contract.rateLine", equalTo("64483"))
                .body("contract.method", equalTo("FIXED"))
                .body("contract.rateAmount", equalTo(698.00f))
                .body("contract.rule", equalTo("FIXED"))
                .body("expected.amount", equalTo(698.00f))
                .body("expected.escalatorFactor", equalTo(1))
                .body("expected.steps.description", contains("rate line 64483: FIXED 698.00 × 1 unit",
                        "expected (FIXED), HALF_UP to the cent"))
                .body("expected.steps.amount", contains(698.00f, 698.00f))
                .body("payment.paymentDate", equalTo("2026-04-20"))
                .body("payment.paid", equalTo(668.00f))
                .body("payment.patientResponsibility", equalTo(0.00f))
                // no allowed amount on the 835 line: paid + patient responsibility
                .body("payment.allowed", equalTo(668.00f))
                .body("payment.adjustments", hasSize(2))
                .body("payment.adjustments.find { it.reason == '45' }.amount", equalTo(1702.00f))
                .body("payment.adjustments.find { it.reason == '253' }.group", equalTo("CO"))
                .body("payment.adjustments.find { it.reason == '253' }.amount", equalTo(30.00f))
                // 668.00 + 0 - 698.00
                .body("variance", equalTo(-30.00f))
                // received 03-05, paid 04-20: 46 days, 16 beyond 30; 1230.40 x 12% x 16/365 = 6.47
                .body("lateInterest.daysToPay", equalTo(46))
                .body("lateInterest.lateDays", equalTo(16))
                .body("lateInterest.annualPercent", equalTo(12))
                .body("lateInterest.claimPaid", equalTo(1230.40f))
                .body("lateInterest.interestOwed", equalTo(6.47f))
                // 2026-04-20 + 180 days
                .body("appealWindowDays", equalTo(180))
                .body("appealBy", equalTo("2026-10-17"))
                .body("patientId", nullValue());

        String text = pdfText(given().accept("application/pdf").get(packet).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        assertThat(text).contains("Appeal of underpayment " + id)
                .contains("TIN: 123456789").contains("NPI: 1234567893")
                .contains("Provider claim id: APL-1").contains("Payer claim number: PCN-9")
                .contains("Dates of service: 2026-03-01 to 2026-03-01")
                .contains("Rate line: 64483").contains("Method: FIXED").contains("Rate: 698.00")
                .contains("1. rate line 64483: FIXED 698.00 × 1 unit = 698.00")
                .contains("Expected: 698.00")
                .contains("Paid: 668.00")
                .contains("CO-45 1702.00").contains("CO-253 30.00")
                .contains("668.00 + 0.00 - 698.00 = -30.00")
                .contains("Late days: 16").contains("Interest owed: 6.47")
                .contains("2026-10-17 (180 days from the payment date)")
                .doesNotContain("MRN-88");
    }

    @Test
    void appealsOnlyWhenAskedWithIfMatchAndFromInReview() throws IOException {
        UUID payor = UUID.randomUUID();
        int id = underpaidItem(payor, "APL-2");
        String item = "/api/v1/analytics/underpayments/" + id;

        given().get(item + "/appeal-packet").then().statusCode(200);
        given().get(item).then().body("status", equalTo("DETECTED"));
        given().post(item + "/appeal").then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "W/\"0\"").post(item + "/appeal").then().statusCode(409)
                .contentType("application/problem+json").body("allowedStatuses", contains("IN_REVIEW", "INVALID"));
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body("{\"status\":\"IN_REVIEW\"}")
                .patch(item).then().statusCode(200);
        given().header("If-Match", "W/\"0\"").post(item + "/appeal").then().statusCode(412).header("ETag", equalTo("W/\"1\""));
        as("contract-manager").header("If-Match", "W/\"1\"").post(item + "/appeal").then().statusCode(403);

        byte[] pdf = as("analyst").accept("application/pdf").header("If-Match", "W/\"1\"").post(item + "/appeal")
                .then().statusCode(200).contentType("application/pdf").header("ETag", equalTo("W/\"2\""))
                .extract().asByteArray();
        assertThat(pdfText(pdf)).contains("Status: APPEALED").contains("-30.00");
        given().get(item).then().body("status", equalTo("APPEALED"));
        given().get(item + "/audit").then().body("items[0].changes[0].to", equalTo("APPEALED"))
                .body("items[0].roles", equalTo(List.of("analyst")));
    }

    @Test
    void gathersEveryOpenUnderpaymentOfAPayorWithTheirTotals() throws IOException {
        UUID payor = UUID.randomUUID();
        int id = underpaidItem(payor, "APL-3");

        given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments/appeal-packets").then().statusCode(200)
                .body("payorId", equalTo(payor.toString()))
                .body("count", equalTo(1))
                .body("totalVariance", equalTo(-30.00f))
                .body("totalInterestOwed", equalTo(6.47f))
                .body("packets[0].underpaymentId", equalTo(id));
        String text = pdfText(as("contract-manager").accept("application/pdf").queryParam("payorId", payor)
                .get("/api/v1/analytics/underpayments/appeal-packets").then().statusCode(200).extract().asByteArray());
        assertThat(text).contains("Packets: 1").contains("Total variance: -30.00")
                .contains("Total late-payment interest owed: 6.47")
                .contains("Appeal of underpayment " + id).contains("Provider claim id: APL-3");

        given().queryParam("payorId", UUID.randomUUID()).get("/api/v1/analytics/underpayments/appeal-packets").then()
                .statusCode(200).body("count", equalTo(0)).body("totalVariance", equalTo(0.00f));
        given().get("/api/v1/analytics/underpayments/appeal-packets").then().statusCode(400)
                .body("errors[0].field", equalTo("payorId"));
    }

    @Test
    void refusesRolesWithoutUnderpaymentAccess() {
        as("billing-integration").get("/api/v1/analytics/underpayments/1/appeal-packet").then().statusCode(403);
        as("viewer").accept("application/pdf").get("/api/v1/analytics/underpayments/1/appeal-packet").then().statusCode(403)
                .contentType("application/problem+json");
        as("billing-integration").queryParam("payorId", UUID.randomUUID())
                .get("/api/v1/analytics/underpayments/appeal-packets").then().statusCode(403);
        given().accept("application/pdf").get("/api/v1/analytics/underpayments/987654321/appeal-packet").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
