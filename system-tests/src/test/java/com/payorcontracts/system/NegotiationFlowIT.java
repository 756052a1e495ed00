package com.payorcontracts.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Through the gateway, on the real broker and databases: a renewal negotiated from the payor's
 * first proposal through our counter to its acceptance reaches analytics by negotiation-changed,
 * and the next quote prices under the accepted terms.
 */
@ExtendWith(Stack.class)
class NegotiationFlowIT {

    @Test
    void aRenewalNegotiatedToAcceptanceReachesAnalyticsAndTheNextQuotePricesUnderItsTerms() {
        given().contentType("text/csv").header("If-Match", "*")
                .body("code,label,category,expected_annual_volume\r\n22630,PLIF one level,FUSION,12\r\n"
                        + "62323,Lumbar epidural,INJECTIONS,120\r\n")
                .put("/api/v1/service-catalog").then().statusCode(200);
        String payorId = given().contentType(ContentType.JSON)
                .body("{\"name\":\"Negotiating Plan " + UUID.randomUUID() + "\",\"type\":\"COMMERCIAL\"}")
                .post("/api/v1/payors").then().statusCode(201).extract().path("id");
        String contractId = given().contentType(ContentType.JSON).body("""
                        {"payorId":"%s","name":"Spine 2026-2028","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
                         "feeSchedule":[{"code":"62323","amount":450.00},{"code":"22630","amount":18500.00}]}""".formatted(payorId))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        for (String status : new String[]{"NEGOTIATING", "ACTIVE"}) {
            given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/contracts/" + contractId + "/status").then().statusCode(200);
        }
        String negotiations = "/api/v1/contracts/" + contractId + "/negotiations";
        String negotiationId = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"name\":\"2029 renewal\"}").post(negotiations).then().statusCode(201)
                .header("Location", notNullValue()).extract().path("id");
        String path = negotiations + "/" + negotiationId;

        // The payor's first proposal: 62323 at 400.00 and a renewal to 2031-12-31.
        String first = given().contentType(ContentType.JSON).body("""
                        {"from":"PAYOR","effectiveDate":"2029-01-01","newExpirationDate":"2031-12-31",
                         "rateChanges":[{"kind":"ABSOLUTE","codes":["62323"],"amount":400.00}]}""")
                .post(path + "/proposals").then().statusCode(201).extract().path("id");
        // 18500 x 12 + 450 x 120 = 276,000 now; 18500 x 12 + 400 x 120 = 270,000 proposed
        given().get(path + "/proposals/" + first + "/comparison").then().statusCode(200)
                .body("totals.currentAnnualTotal", equalTo(276000.00f)).body("totals.proposedAnnualTotal", equalTo(270000.00f));
        // Our counter: 62323 at 440.00 with 3% a year from 2030-01-01 for 3 years.
        given().contentType(ContentType.JSON).body("""
                        {"from":"US","effectiveDate":"2029-01-01","newExpirationDate":"2031-12-31","paymentDays":30,
                         "escalator":{"annualPercent":3,"firstAnniversary":"2030-01-01","years":3},
                         "rateChanges":[{"kind":"ABSOLUTE","codes":["62323"],"amount":440.00}]}""")
                .post(path + "/proposals").then().statusCode(201).body("round", equalTo(2));
        String etag = given().get(path).then().statusCode(200).body("status", equalTo("COUNTERED")).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"status\":\"ACCEPTED\",\"reason\":\"Signed\"}")
                .post(path + "/status").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"ACCEPTED\"}")
                .post(path + "/status").then().statusCode(409).body("allowedStatuses.size()", equalTo(0));

        // analytics has it from negotiation-changed: accepted after two rounds, 18500 x 12 + 440 x 120 = 274,800.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().queryParam("contractId", contractId).get("/api/v1/analytics/negotiations").then().statusCode(200)
                        .body("items[0].status", equalTo("ACCEPTED")));
        given().queryParam("contractId", contractId).get("/api/v1/analytics/negotiations").then()
                .body("totalItems", equalTo(1)).body("items[0].negotiationId", equalTo(negotiationId))
                .body("items[0].rounds", equalTo(2)).body("items[0].latestFrom", equalTo("US"))
                .body("items[0].newExpirationDate", equalTo("2031-12-31"))
                .body("items[0].proposedAnnualTotal", equalTo(274800.00f)).body("items[0].amendmentId", notNullValue());

        // The next quote prices under the renewal: 440.00 in 2029, 440 x 1.03 = 453.20 in 2030, and 2031 is covered.
        for (String[] dated : new String[][]{{"2029-06-01", "440.0"}, {"2030-06-01", "453.2"}, {"2031-12-31", "466.8"}}) {
            given().contentType(ContentType.JSON).body("{\"dateOfService\":\"" + dated[0] + "\",\"lines\":[{\"code\":\"62323\","
                            + "\"units\":1,\"billedCharge\":2000.00}]}")
                    .post("/api/v1/contracts/" + contractId + "/quote").then().statusCode(200)
                    .body("lines[0].expectedAmount", equalTo(Float.parseFloat(dated[1])));
        }
    }
}
