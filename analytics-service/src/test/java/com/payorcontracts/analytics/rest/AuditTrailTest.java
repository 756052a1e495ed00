package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every change analytics makes through its API leaves an audit row with the token's subject and
 * roles and the request id (never a body field), readable at the resource's {@code /audit} by those
 * who may read the resource: claims, remittances and jobs (repricing, uploads, benchmark imports).
 */
@QuarkusTest
class AuditTrailTest {

    private static RequestSpecification by(String subject, String role, String requestId) {
        return RestAssured.given().auth().oauth2(TestJwt.forSubject(subject, role)).header("X-Request-Id", requestId);
    }

    @Test
    void aPostedClaimAndRemittanceNameTheirSenderAndRequestInTheirTrails() {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("64483", "698.00")));
        String claim = by("billing@asc.example", "billing-integration", "req-claim-1").contentType(ContentType.JSON).body("""
                        {"claimId":"AUD-1","payorId":"%s","patientId":"MRN-9","submissionDate":"2026-03-02",
                         "lines":[{"code":"64483","dateOfService":"2026-03-01","billedCharge":2400}]}""".formatted(payor))
                .when().post("/api/v1/analytics/claims").then().statusCode(201).extract().path("id");
        // The same claim again changes nothing, so it adds nothing to the trail.
        by("billing@asc.example", "billing-integration", "req-claim-2").contentType(ContentType.JSON).body("""
                        {"claimId":"AUD-1","payorId":"%s","patientId":"MRN-9","submissionDate":"2026-03-02",
                         "lines":[{"code":"64483","dateOfService":"2026-03-01","billedCharge":2400}]}""".formatted(payor))
                .when().post("/api/v1/analytics/claims").then().statusCode(200);

        as("analyst").get("/api/v1/analytics/claims/" + claim + "/audit").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("created"))
                .body("items[0].resourceType", equalTo("claim"))
                .body("items[0].subject", equalTo("billing@asc.example"))
                .body("items[0].roles", equalTo(List.of("billing-integration")))
                .body("items[0].requestId", equalTo("req-claim-1"))
                .body("items[0].changes.claimId", equalTo("AUD-1"))
                .body("items[0].changes.payorId", equalTo(payor.toString()))
                .body("items[0].changes.contractMatch", equalTo("MATCHED"))
                .body("items[0].changes.lines", equalTo(1));
        // Who may read claims may read their trail; the sender of claims may not read them back.
        as("billing-integration").get("/api/v1/analytics/claims/" + claim + "/audit").then().statusCode(403);
        as("viewer").get("/api/v1/analytics/claims/" + claim + "/audit").then().statusCode(403);
        as("analyst").get("/api/v1/analytics/claims/" + UUID.randomUUID() + "/audit").then().statusCode(404);

        String remittance = by("billing@asc.example", "billing-integration", "req-remit-1").contentType(ContentType.JSON).body("""
                        {"payorId":"%s","payerName":"Test Payer","payerId":"TP1","traceNumber":"T-%s","paymentDate":"2026-04-01",
                         "claims":[{"claimId":"AUD-1","payerClaimId":"X1","status":"1","charge":2400,"paid":668.00,"receivedDate":"2026-03-05",
                           "lines":[{"code":"64483","charge":2400,"paid":668.00,"dateOfService":"2026-03-01",
                                     "adjustments":[{"group":"CO","reason":"45","amount":1732}]}]}]}""".formatted(payor, UUID.randomUUID()))
                .when().post("/api/v1/analytics/remittances").then().statusCode(201).extract().path("id");

        as("contract-manager").get("/api/v1/analytics/remittances/" + remittance + "/audit").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("created"))
                .body("items[0].subject", equalTo("billing@asc.example"))
                .body("items[0].requestId", equalTo("req-remit-1"))
                .body("items[0].changes.source", equalTo("JSON"))
                .body("items[0].changes.claims", equalTo(1))
                .body("items[0].changes.totalPaid", equalTo("668.00"))
                .body("items[0].changes.linkedClaims", equalTo(1))
                .body("items[0].changes.jobId", nullValue());
    }

    @Test
    void aJobsTrailNamesWhoQueuedItWithWhatAndHowItEnded() {
        UUID contract = UUID.randomUUID();
        String job = by("lee@asc.example", "analyst", "req-reprice-1").contentType(ContentType.JSON)
                .body("{\"contractId\":\"" + contract + "\"}")
                .when().post("/api/v1/analytics/repricing").then().statusCode(202).extract().path("id");
        Fixtures.awaitJob("/api/v1/analytics/jobs/" + job);

        // Newest first: the end by the service itself, then the request that queued it.
        as("billing-integration").get("/api/v1/analytics/jobs/" + job + "/audit").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.action", equalTo(List.of("succeeded", "queued")))
                .body("items[0].subject", equalTo("system"))
                .body("items[0].roles", equalTo(List.of()))
                .body("items[0].changes.state", equalTo("SUCCEEDED"))
                .body("items[1].subject", equalTo("lee@asc.example"))
                .body("items[1].roles", equalTo(List.of("analyst")))
                .body("items[1].requestId", equalTo("req-reprice-1"))
                .body("items[1].resourceType", equalTo("job"))
                .body("items[1].resourceId", equalTo(job))
                .body("items[1].changes.kind", equalTo("REPRICE"))
                .body("items[1].changes.params.scope", equalTo("CONTRACT"))
                .body("items[1].changes.params.id", equalTo(contract.toString()));
        as("viewer").get("/api/v1/analytics/jobs/" + job + "/audit").then().statusCode(403);
        as("analyst").get("/api/v1/analytics/jobs/" + UUID.randomUUID() + "/audit").then().statusCode(404);
    }
}
