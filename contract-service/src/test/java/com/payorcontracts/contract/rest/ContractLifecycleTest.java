package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ContractLifecycleTest {

    private static void move(String id, String status, int expected) {
        given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"" + status + "\",\"reason\":\"test\"}")
                .when().post("/api/v1/contracts/" + id + "/status")
                .then().statusCode(expected);
    }

    @Test
    void walksFromDraftThroughNegotiationToActiveAndKeepsTheHistory() {
        String id = create(contract(UUID.randomUUID(), "Lifecycle", "[]"));

        move(id, "NEGOTIATING", 200);
        move(id, "ACTIVE", 200);

        given().when().get("/api/v1/contracts/" + id).then().body("status", equalTo("ACTIVE")).body("version", equalTo(3));
        given().when().get("/api/v1/contracts/" + id + "/status-history")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(2))
                .body("items.from", equalTo(List.of("DRAFT", "NEGOTIATING")))
                .body("items.to", equalTo(List.of("NEGOTIATING", "ACTIVE")))
                .body("items[0].reason", equalTo("test"))
                .body("items.changedBy", equalTo(List.of("test-admin", "test-admin")));
    }

    @Test
    void refusesAnIllegalMoveAndNamesTheAllowedOnes() {
        String id = create(contract(UUID.randomUUID(), "Skip ahead", "[]"));

        given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\"}")
                .when().post("/api/v1/contracts/" + id + "/status")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://payorcontracts.dev/problems/illegal-transition"))
                .body("currentStatus", equalTo("DRAFT"))
                .body("allowedStatuses", equalTo(List.of("NEGOTIATING", "TERMINATED")));
    }

    @Test
    void treatsTerminatedAsFinal() {
        String id = createActive(contract(UUID.randomUUID(), "Ended", "[]"));
        move(id, "TERMINATED", 200);

        given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\"}")
                .when().post("/api/v1/contracts/" + id + "/status")
                .then().statusCode(409).body("detail", containsString("final"));
    }

    @Test
    void refusesToReplaceTheTermsOfAnActiveContractAndPointsToAmendments() {
        UUID payor = UUID.randomUUID();
        String id = createActive(contract(payor, "Signed", "[{\"code\":\"62323\",\"amount\":600}]"));

        given().header("If-Match", "*").contentType(ContentType.JSON).body(contract(payor, "Signed", "[{\"code\":\"62323\",\"amount\":900}]"))
                .when().put("/api/v1/contracts/" + id)
                .then().statusCode(409).body("detail", containsString("amendments"));
        given().when().get("/api/v1/contracts/" + id).then().body("baseTerms.feeSchedule[0].amount", equalTo(600.0f));
    }

    @Test
    void rejectsAnUnknownStatus() {
        String id = create(contract(UUID.randomUUID(), "Unknown status", "[]"));

        given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"SIGNED\"}")
                .when().post("/api/v1/contracts/" + id + "/status")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void listsContractsInOneStatus() {
        UUID payor = UUID.randomUUID();
        createActive(contract(payor, "Active one", "[]"));
        create(contract(payor, "Draft one", "[]"));

        given().queryParam("payorId", payor.toString()).queryParam("status", "ACTIVE")
                .when().get("/api/v1/contracts")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("Active one"));
    }
}
