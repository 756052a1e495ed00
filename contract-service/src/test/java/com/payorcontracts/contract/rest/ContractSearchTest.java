package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The contract list: searched by name, filtered by payor, statuses and expiry, sorted, and several by id at once. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ContractSearchTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String contract(UUID payorId, String name, LocalDate expiration) {
        return create("""
                {"payorId":"%s","name":"%s","effectiveDate":"%s","expirationDate":"%s","feeSchedule":[]}"""
                .formatted(payorId, name, TODAY.minusYears(1), expiration));
    }

    private static void moveTo(String id, String... statuses) {
        for (String status : statuses) {
            given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/contracts/" + id + "/status").then().statusCode(200);
        }
    }

    @Test
    void findsContractsExpiringWithinNDaysThatHaveNotEnded() {
        UUID payorId = UUID.randomUUID();
        contract(payorId, "Ten days", TODAY.plusDays(10));
        contract(payorId, "Thirty days", TODAY.plusDays(30));
        contract(payorId, "Forty days", TODAY.plusDays(40));
        moveTo(contract(payorId, "Five days but terminated", TODAY.plusDays(5)), "TERMINATED");

        // 30 days: today+10 and today+30 (the bound is inclusive); today+40 is beyond, the terminated one has ended.
        given().queryParam("payorId", payorId).queryParam("expiringWithinDays", 30).queryParam("sort", "expirationDate")
                .when().get("/api/v1/contracts")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.name", contains("Ten days", "Thirty days"));
        given().queryParam("payorId", payorId).queryParam("sort", "-expirationDate").when().get("/api/v1/contracts")
                .then().body("items.name", contains("Forty days", "Thirty days", "Ten days", "Five days but terminated"));
    }

    @Test
    void searchesByPartOfTheNameInAnyCaseAndFiltersBySeveralStatuses() {
        UUID payorId = UUID.randomUUID();
        String spine = contract(payorId, "Spine 100% Center", TODAY.plusYears(1));
        contract(payorId, "Pain clinic", TODAY.plusYears(1));
        String spine2 = contract(payorId, "Lumbar SPINE", TODAY.plusYears(1));
        moveTo(spine, "NEGOTIATING");

        given().queryParam("payorId", payorId).queryParam("name", "spine").when().get("/api/v1/contracts")
                .then().body("items.name", contains("Lumbar SPINE", "Spine 100% Center"));
        // % is a character to find, not a wildcard.
        given().queryParam("payorId", payorId).queryParam("name", "100%").when().get("/api/v1/contracts")
                .then().body("items.name", contains("Spine 100% Center"));
        given().queryParam("payorId", payorId).queryParam("status", "NEGOTIATING").queryParam("status", "ACTIVE")
                .when().get("/api/v1/contracts")
                .then().body("items.id", contains(spine));
        given().queryParam("payorId", payorId).queryParam("sort", "status").when().get("/api/v1/contracts")
                .then().body("items.name", contains("Lumbar SPINE", "Pain clinic", "Spine 100% Center"));
        given().queryParam("id", spine).queryParam("id", spine2).when().get("/api/v1/contracts")
                .then().body("totalItems", equalTo(2)).body("items.id", contains(spine2, spine));
    }

    @Test
    void refusesAnUnknownSortAndANegativeExpiryWindow() {
        given().queryParam("sort", "payor").queryParam("expiringWithinDays", -1).when().get("/api/v1/contracts")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("sort", "expiringWithinDays"))
                .body("errors.message", org.hamcrest.Matchers.hasItem(containsString("expirationDate")));
    }

    @Test
    void pagesTheStatusHistory() {
        String id = contract(UUID.randomUUID(), "History", TODAY.plusYears(1));
        moveTo(id, "NEGOTIATING", "DRAFT", "NEGOTIATING");
        given().queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/contracts/" + id + "/status-history")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.to", equalTo(List.of("NEGOTIATING")));
    }
}
