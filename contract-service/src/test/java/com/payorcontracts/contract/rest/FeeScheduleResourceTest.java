package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class FeeScheduleResourceTest {

    private static final String CSV = """
            code,modifier,method,amount,percent,bundled_codes,mpr_eligible,lesser_of_percent\r
            62323,,FIXED,612.4,,,true,\r
            64483,50,,1047.00,,,,80\r
            22630,,CASE_RATE,18500,,22840|20936,,\r
            L8699,,CARVE_OUT_COST_PLUS,,110,,,\r
            """;

    @Test
    void importsACsvIntoADraftAndExportsItCanonically() {
        String id = create(contract(UUID.randomUUID(), "CSV import", "[]"));

        given().header("If-Match", "*").contentType("text/csv").body(CSV)
                .when().put("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(200).body("lines", equalTo(4));

        String exported = given().when().get("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(exported).isEqualTo("""
                code,modifier,billing_class,place_of_service,method,amount,percent,bundled_codes,mpr_eligible,lesser_of_percent\r
                62323,,,,FIXED,612.40,,,true,\r
                64483,50,,,FIXED,1047.00,,,false,80\r
                22630,,,,CASE_RATE,18500.00,,20936|22840,false,\r
                L8699,,,,CARVE_OUT_COST_PLUS,,110,,false,\r
                """);
        given().when().get("/api/v1/contracts/" + id).then().body("version", equalTo(2)).body("baseTerms.feeSchedule", hasSize(4));
    }

    @Test
    void roundTripsAnExportByteForByte() {
        String id = create(contract(UUID.randomUUID(), "Round trip", "[]"));
        given().header("If-Match", "*").contentType("text/csv").body(CSV).put("/api/v1/contracts/" + id + "/fee-schedule").then().statusCode(200);
        String first = given().get("/api/v1/contracts/" + id + "/fee-schedule").asString();

        given().header("If-Match", "*").contentType("text/csv").body(first).put("/api/v1/contracts/" + id + "/fee-schedule").then().statusCode(200);

        assertThat(given().get("/api/v1/contracts/" + id + "/fee-schedule").asString()).isEqualTo(first);
    }

    @Test
    void reportsEveryBadRowWithItsColumnAndStoresNothing() {
        String id = create(contract(UUID.randomUUID(), "Bad CSV", "[{\"code\":\"62323\",\"amount\":600}]"));

        given().header("If-Match", "*").contentType("text/csv").body("""
                        code,modifier,method,amount,percent\r
                        62323,,FIXED,612.40,\r
                        6232X,,FIXED,10,\r
                        64483,5,FIXED,-3,\r
                        64484,,PERCENT_OF_CHARGES,100,\r
                        62323,,FIXED,1.00,\r
                        64490,,BOGUS,1,\r
                        """)
                .when().put("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(400).contentType("application/problem+json")
                // Row 1 is the first data row, as in every CSV upload of the API.
                .body("errors.row", hasItem(2)).body("errors.find { it.row == 2 }.column", equalTo("code"))
                .body("errors.findAll { it.row == 3 }.column", org.hamcrest.Matchers.hasItems("modifier", "amount"))
                .body("errors.find { it.row == 4 }.column", equalTo("amount"))
                .body("errors.find { it.row == 5 }.message", org.hamcrest.Matchers.containsString("repeats"))
                .body("errors.find { it.row == 6 }.column", equalTo("method"));

        given().when().get("/api/v1/contracts/" + id)
                .then().body("version", equalTo(1)).body("baseTerms.feeSchedule[0].amount", equalTo(600.0f));
    }

    @Test
    void rejectsAnUnknownColumn() {
        String id = create(contract(UUID.randomUUID(), "Unknown column", "[]"));

        given().header("If-Match", "*").contentType("text/csv").body("code,price\r\n62323,10\r\n")
                .when().put("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(400).body("errors[0].row", equalTo(0)).body("errors[0].column", equalTo("price"));
    }

    @Test
    void refusesToReplaceTheScheduleOfAnActiveContract() {
        String id = createActive(contract(UUID.randomUUID(), "Active CSV", "[]"));

        given().header("If-Match", "*").contentType("text/csv").body(CSV)
                .when().put("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(409);
    }

    @Test
    void importsTwentyThousandLines() {
        String id = create(contract(UUID.randomUUID(), "Big schedule", "[]"));
        StringBuilder csv = new StringBuilder("code,modifier,amount\r\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(String.format("%05d", 10000 + i / 2)).append(',').append(i % 2 == 0 ? "" : "50").append(',')
                    .append(100 + i % 900).append(".25\r\n");
        }

        given().header("If-Match", "*").contentType("text/csv").body(csv.toString())
                .when().put("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(200).body("lines", equalTo(20_000));

        assertThat(given().get("/api/v1/contracts/" + id + "/fee-schedule").asString().lines()).hasSize(20_001);
    }
}
