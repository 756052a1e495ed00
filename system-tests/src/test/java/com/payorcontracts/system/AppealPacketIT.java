package com.payorcontracts.system;

import com.payorcontracts.testing.TestJwt;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * An appeal packet through the gateway, against a contract with an escalator, a bilateral modifier
 * and multiple-procedure reduction: its expected figures are those of contract-service's quote of
 * the same claim, to the cent, and the PDF reads back with them; a role without underpayment access
 * gets 403.
 */
@ExtendWith(Stack.class)
class AppealPacketIT {

    private static BigDecimal money(JsonPath json, String path) {
        return new BigDecimal(json.getString(path)).setScale(2);
    }

    @Test
    void thePacketsFiguresAreTheQuotesToTheCent() throws Exception {
        String payorId = given().contentType(ContentType.JSON)
                .body("{\"name\":\"Appeals Mutual " + UUID.randomUUID() + "\",\"type\":\"COMMERCIAL\"}")
                .post("/api/v1/payors").then().statusCode(201).extract().path("id");
        String contractId = given().contentType(ContentType.JSON).body("""
                {"payorId":"%s","name":"Appeals Mutual spine 2026","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
                 "provider":{"name":"Riverbend Spine Surgery Center","tin":"987654321","groupNpi":"1245319599"},
                 "paymentTerms":{"cleanClaimPaymentDays":30,"lateInterestRatePercent":12,"timelyFilingDays":90,"appealWindowDays":180},
                 "feeSchedule":[{"code":"64483","amount":698.00,"multipleProcedureEligible":true},
                                {"code":"64484","amount":410.00,"multipleProcedureEligible":true}],
                 "multipleProcedureReduction":{"percentagesByRank":[100,50],"exemptCodes":[]},
                 "modifierRules":{"bilateralPercent":150},
                 "escalator":{"annualPercent":3,"firstAnniversary":"2026-01-01","years":3}}""".formatted(payorId))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"NEGOTIATING\",\"reason\":\"sent\"}")
                .post("/api/v1/contracts/" + contractId + "/status").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"ACTIVE\",\"reason\":\"signed\"}")
                .post("/api/v1/contracts/" + contractId + "/status").then().statusCode(200);

        JsonPath quote = given().contentType(ContentType.JSON).body("""
                {"dateOfService":"2026-03-02","lines":[
                  {"code":"64483","modifiers":["50"],"units":1,"billedCharge":2400.00},
                  {"code":"64484","units":1,"billedCharge":900.00}]}""")
                .post("/api/v1/contracts/" + contractId + "/quote").then().statusCode(200).extract().jsonPath();
        // 698.00 x 1.03 (one anniversary) = 718.94; x 150% bilateral = 1078.41; rank 1 at 100%
        assertThat(money(quote, "lines[0].expectedAmount")).isEqualByComparingTo("1078.41");
        // 410.00 x 1.03 = 422.30; rank 2 at 50% = 211.15
        assertThat(money(quote, "lines[1].expectedAmount")).isEqualByComparingTo("211.15");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                "ACTIVE".equals(given().get("/api/v1/analytics/contracts/" + contractId).then().extract().path("status")));
        String claimId = "PCN-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body("""
                {"claimId":"%s","payorId":"%s","providerTin":"987654321","patientId":"MRN-5150","submissionDate":"2026-03-03",
                 "lines":[{"code":"64483","modifiers":["50"],"units":1,"dateOfService":"2026-03-02","billedCharge":2400.00},
                          {"code":"64484","units":1,"dateOfService":"2026-03-02","billedCharge":900.00}]}""".formatted(claimId, payorId))
                .post("/api/v1/analytics/claims").then().statusCode(201).body("contractId", equalTo(contractId));
        // 64483 paid 1000.00 of 1078.41 (78.41 short); 64484 paid in full; 50 days from receipt
        given().contentType(ContentType.JSON).body("""
                {"payorId":"%s","payerName":"Appeals Mutual","payerId":"APM01","traceNumber":"EFT-%s","paymentDate":"2026-04-22",
                 "claims":[{"claimId":"%s","payerClaimId":"APM-77","status":"1","charge":3300.00,"paid":1211.15,
                   "patientResponsibility":0,"receivedDate":"2026-03-03",
                   "lines":[{"code":"64483","modifiers":["50"],"charge":2400.00,"paid":1000.00,"dateOfService":"2026-03-02",
                             "adjustments":[{"group":"CO","reason":"45","amount":1400.00}]},
                            {"code":"64484","charge":900.00,"paid":211.15,"dateOfService":"2026-03-02",
                             "adjustments":[{"group":"CO","reason":"45","amount":688.85}]}]}]}"""
                        .formatted(payorId, UUID.randomUUID(), claimId))
                .post("/api/v1/analytics/remittances").then().statusCode(201);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().queryParam("payorId", payorId).get("/api/v1/analytics/underpayments").then().extract()
                        .<Integer>path("totalItems") == 1);
        int id = given().queryParam("payorId", payorId).get("/api/v1/analytics/underpayments").then()
                .extract().path("items[0].id");
        String path = "/api/v1/analytics/underpayments/" + id + "/appeal-packet";

        JsonPath packet = given().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(packet.getString("claim.claimId")).isEqualTo(claimId);
        assertThat(packet.getString("claim.code")).isEqualTo("64483");
        assertThat(packet.getString("contract.contractId")).isEqualTo(contractId);
        assertThat(packet.getString("provider.tin")).isEqualTo("987654321");
        assertThat(money(packet, "expected.amount")).isEqualByComparingTo(money(quote, "lines[0].expectedAmount"));
        assertThat(packet.getString("expected.matchedLine")).isEqualTo(quote.getString("lines[0].matchedLine"));
        assertThat(new BigDecimal(packet.getString("expected.escalatorFactor")))
                .isEqualByComparingTo(new BigDecimal(quote.getString("lines[0].escalatorFactor")));
        assertThat(new BigDecimal(packet.getString("expected.modifierPercent")))
                .isEqualByComparingTo(new BigDecimal(quote.getString("lines[0].modifierPercent")));
        assertThat(packet.getInt("expected.reductionRank")).isEqualTo(quote.getInt("lines[0].reductionRank"));
        assertThat(new BigDecimal(packet.getString("expected.reductionPercent")))
                .isEqualByComparingTo(new BigDecimal(quote.getString("lines[0].reductionPercent")));
        assertThat(packet.getString("expected.rule")).isEqualTo(quote.getString("lines[0].rule"));
        assertThat(money(packet, "payment.paid")).isEqualByComparingTo("1000.00");
        // 1000.00 - 1078.41
        assertThat(money(packet, "variance")).isEqualByComparingTo("-78.41");
        // received 03-03, paid 04-22: 50 days, 20 beyond 30; 1211.15 x 12% x 20 / 365 = 7.9637 -> 7.96
        assertThat(packet.getInt("lateInterest.lateDays")).isEqualTo(20);
        assertThat(money(packet, "lateInterest.interestOwed")).isEqualByComparingTo("7.96");
        assertThat(packet.getString("appealBy")).isEqualTo("2026-10-19");

        byte[] pdf = given().accept("application/pdf").get(path).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Provider claim id: " + claimId)
                .contains("× escalator factor 1.03 = 718.94")
                .contains("× pricing modifier 150% = 1078.41")
                .contains("Expected: " + money(quote, "lines[0].expectedAmount"))
                .contains("CO-45 1400.00")
                .contains("1000.00 + 0.00 - 1078.41 = -78.41")
                .contains("Interest owed: 7.96")
                .contains("2026-10-19")
                .doesNotContain("MRN-5150");

        given().header("Authorization", "Bearer " + TestJwt.forRoles("billing-integration")).get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestJwt.forRoles("viewer")).queryParam("payorId", payorId)
                .accept("application/pdf").get("/api/v1/analytics/underpayments/appeal-packets")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + TestJwt.forRoles("analyst")).queryParam("payorId", payorId)
                .get("/api/v1/analytics/underpayments/appeal-packets").then().statusCode(200)
                .body("count", equalTo(1)).body("totalVariance", equalTo(-78.41f));
    }
}
