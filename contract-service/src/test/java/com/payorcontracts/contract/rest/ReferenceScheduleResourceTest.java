package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ReferenceScheduleResourceTest {

    private static final String ROWS = "code,modifier,facility_amount,non_facility_amount\r\n"
            + "62323,,400.00,520.00\r\n64483,,310.15,\r\n64483,26,95.10,95.10\r\n";

    @Test
    void importsAScheduleAndReplacesItOnReimport() {
        String locality = "L-" + UUID.randomUUID();
        String id = given().contentType("text/csv").body(ROWS)
                .queryParam("name", "Demo MPFS").queryParam("year", 2026).queryParam("locality", locality)
                .when().post("/api/v1/reference-fee-schedules")
                .then().statusCode(201).body("rowCount", equalTo(3)).body("version", equalTo(1))
                .extract().path("id");

        given().contentType("text/csv").body("code,modifier,facility_amount,non_facility_amount\r\n62323,,410.00,530.00\r\n")
                .queryParam("name", "Demo MPFS").queryParam("year", 2026).queryParam("locality", locality)
                .when().post("/api/v1/reference-fee-schedules")
                .then().statusCode(200).body("id", equalTo(id)).body("version", equalTo(2)).body("rowCount", equalTo(1));

        assertThat(given().get("/api/v1/reference-fee-schedules/" + id + "/rows").asString())
                .isEqualTo("code,modifier,facility_amount,non_facility_amount\r\n62323,,410.00,530.00\r\n");
    }

    @Test
    void reportsBadRowsAndStoresNothing() {
        given().contentType("text/csv").body("code,modifier,facility_amount,non_facility_amount\r\n62323,,abc,\r\n")
                .queryParam("name", "Bad").queryParam("year", 2026).queryParam("locality", "X")
                .when().post("/api/v1/reference-fee-schedules")
                .then().statusCode(400).body("errors[0].row", equalTo(1)).body("errors[0].column", equalTo("facility_amount"));
    }

    @Test
    void requiresNameYearAndLocality() {
        given().contentType("text/csv").body(ROWS).queryParam("name", "No year")
                .when().post("/api/v1/reference-fee-schedules")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("year", "locality"));
    }

    @Test
    void refusesAContractThatNamesAnUnknownReferenceSchedule() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Ghost reference", "[]", ",\"referenceScheduleId\":\"" + UUID.randomUUID() + "\""))
                .when().post("/api/v1/contracts")
                .then().statusCode(422).body("errors[0].field", equalTo("referenceScheduleId"));
    }
}
