package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/** Hostile values in JSON bodies and query parameters are 400s naming the field, before any arithmetic or storage. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class InputLimitsTest {

    private static final String LINE = "[{\"code\":\"99213\",\"amount\":100}]";

    @Test
    void refusesANulInATextFieldNamingTheField() {
        given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Blue\\u0000Cross", LINE))
                .when().post("/api/v1/contracts")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("control characters (U+0000 at position 5)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "0000-01-01", "-0001-12-31", "1899-12-31", "2200-01-01"})
    void refusesADateOutside1900Through2199(String date) {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Dates", LINE).replace("2028-12-31", date))
                .when().post("/api/v1/contracts")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("expirationDate"))
                .body("errors[0].message", equalTo("must be a date from 1900-01-01 through 2199-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20000000", "1e999999999", "1e-999999999"})
    void refusesAHugePercentWithASmallAnswer(String percent) {
        String body = given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Percent", "[{\"code\":\"99213\",\"method\":\"PERCENT_OF_CHARGES\",\"percent\":"
                        + percent + "}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("feeSchedule[0].percent"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).hasSizeLessThan(1000);
    }

    @Test
    void refusesANumberLongerThan64CharactersWithoutEchoingIt() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Long", "[{\"code\":\"99213\",\"amount\":" + "9".repeat(5000) + "}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400)
                .body("detail.length()", lessThan(400));
    }

    @Test
    void refusesADateQueryParameterOutsideTheRangeNamingIt() {
        String id = create(contract(UUID.randomUUID(), "Query", LINE));

        given().queryParam("asOf", "+999999999-12-31").when().get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "x".repeat(2_000)).when().get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf")).body("detail.length()", lessThan(200));
    }
}
