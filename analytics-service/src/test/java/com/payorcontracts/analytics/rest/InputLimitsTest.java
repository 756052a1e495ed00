package com.payorcontracts.analytics.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/** A claim that would once answer 500 and still be stored is a 400 and stores nothing. */
@QuarkusTest
class InputLimitsTest {

    private static String claim(String claimId, UUID payorId, String date, String charge) {
        return """
                {"claimId":"%s","payorId":"%s","providerTin":"123456789","patientId":"MRN-1","submissionDate":"2026-03-02",
                 "lines":[{"code":"62323","units":1,"placeOfService":"22","dateOfService":"%s","billedCharge":%s}]}"""
                .formatted(claimId, payorId, date, charge);
    }

    @Test
    void refusesAClaimDatedInYear999999999AndStoresNothing() {
        UUID payor = UUID.randomUUID();

        given().contentType(ContentType.JSON).body(claim("PCN-MAX", payor, "+999999999-12-31", "100.00"))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].dateOfService"))
                .body("errors[0].message", equalTo("must be a date from 1900-01-01 through 2199-12-31"));
        given().contentType(ContentType.JSON).body(claim("PCN-0", payor, "0000-01-01", "100.00"))
                .when().post("/api/v1/analytics/claims").then().statusCode(400);

        given().queryParam("payorId", payor).when().get("/api/v1/analytics/claims")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void refusesAHugeAmountAndANulWithoutEchoingThem() {
        UUID payor = UUID.randomUUID();

        given().contentType(ContentType.JSON).body(claim("PCN-HUGE", payor, "2026-03-01", "1e999999999"))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].billedCharge"));
        given().contentType(ContentType.JSON).body(claim("PCN-\\u0000", payor, "2026-03-01", "100.00"))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("claimId"));
    }

    @Test
    void refusesReportDatesOutsideTheRangeAndControlCharactersInQueryParameters() {
        given().queryParam("from", "-0001-12-31").when().get("/api/v1/analytics/reports/totals")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("claimId", "A\u0000B").when().get("/api/v1/analytics/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("claimId"))
                .body("detail.length()", lessThan(200));
    }
}
