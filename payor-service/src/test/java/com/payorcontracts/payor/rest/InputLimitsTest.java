package com.payorcontracts.payor.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Control characters and out-of-range dates are 400s naming the field; PostgreSQL never sees them. */
@QuarkusTest
class InputLimitsTest {

    @Test
    void refusesANulInAPayorNameNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Cascade\\u0000Mutual\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void refusesAControlCharacterInACsvImport() {
        given().contentType("text/csv").body("name,type\nCascade\u0001Mutual,COMMERCIAL\n")
                .when().post("/api/v1/payors/import")
                .then().statusCode(400).body("detail", containsString("control character (U+0001)"));
    }

    @Test
    void refusesAControlCharacterInASearch() {
        given().queryParam("name", "Cascade\u0000").when().get("/api/v1/payors")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }
}
