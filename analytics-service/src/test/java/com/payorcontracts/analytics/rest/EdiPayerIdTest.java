package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.events.PayorChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Billing systems name payers by EDI payer id: claims may, and an 835's payer finds its payor by it. */
@QuarkusTest
class EdiPayerIdTest {

    private static String ediId() {
        return "E" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static void payorWith(UUID payor, long version, String... ediIds) {
        List<PayorChanged.EdiPayerId> ids = java.util.Arrays.stream(ediIds)
                .map(id -> new PayorChanged.EdiPayerId(id, "Clearpath Exchange")).toList();
        Fixtures.publishPayor(new PayorChanged.V1(UUID.randomUUID(), payor, version, Instant.now(), PayorChanged.ChangeKind.UPDATED,
                new PayorChanged.PayorState("EDI Test Health", null, "COMMERCIAL", "PROSPECT", null, ids, null, false)));
    }

    private static int postClaim(String claimId, String ediPayerId) {
        return given().contentType(ContentType.JSON).body("""
                        {"claimId":"%s","ediPayerId":"%s","submissionDate":"2026-03-02","lines":[
                         {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500}]}""".formatted(claimId, ediPayerId))
                .when().post("/api/v1/analytics/claims").then().extract().statusCode();
    }

    @Test
    void aClaimSentWithAnEdiPayerIdIsStoredUnderThePayorHoldingIt() {
        UUID payor = UUID.randomUUID();
        String edi = ediId();
        payorWith(payor, 1, "ZZ" + edi, edi);
        String claimId = "EDI-" + edi;
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> postClaim(claimId, edi.toLowerCase()) == 201);
        given().queryParam("payorId", payor).queryParam("claimId", claimId).get("/api/v1/analytics/claims")
                .then().statusCode(200).body("totalItems", equalTo(1));

        // A later version without the id takes it away; an older one arriving late changes nothing.
        payorWith(payor, 3, "ZZ" + edi);
        payorWith(payor, 2, edi);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> postClaim("EDI-late-" + edi, edi) == 400);
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"X-%s","ediPayerId":"%s","submissionDate":"2026-03-02","lines":[
                         {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500}]}""".formatted(edi, edi))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("ediPayerId"))
                .body("errors[0].message", equalTo("no payor has this EDI payer id"));
    }

    @Test
    void refusesAClaimNamingItsPayerBothWaysOrNeither() {
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"BOTH-1","payorId":"%s","ediPayerId":"CMH01","submissionDate":"2026-03-02","lines":[
                         {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500}]}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("ediPayerId"));
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"NEITHER-1","submissionDate":"2026-03-02","lines":[
                         {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500}]}""")
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("payorId"));
    }

    @Test
    void anX12RemittanceWithoutPayorIdIsMatchedByItsPayersEdiId() {
        UUID payor = UUID.randomUUID();
        String edi = ediId();
        payorWith(payor, 1, edi);
        // The UHC sample names its payer REF*2U*87726; this copy names a payer id only this test's payor holds,
        // and a trace number of its own, so it is a new file.
        byte[] file = new String(Fixtures.sample835("united_healthcare_legacy_sample.txt"), StandardCharsets.ISO_8859_1)
                .replace("REF*2U*87726", "REF*2U*" + edi)
                .replace("TRN*1*1234567890*", "TRN*1*" + edi.substring(1) + "*")
                .getBytes(StandardCharsets.ISO_8859_1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> postClaim("WAIT-" + edi, edi) == 201);

        String id = given().contentType("application/edi-x12").body(file).when().post("/api/v1/analytics/remittances")
                .then().statusCode(201).extract().path("id");
        given().get("/api/v1/analytics/remittances/" + id).then().statusCode(200).body("payorId", equalTo(payor.toString()));
    }
}
