package com.payorcontracts.payor.rest;

import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.moveTo;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** The targeting pipeline: legal moves, illegal ones, and the history of who moved what and why. */
@QuarkusTest
class PipelineResourceTest {

    private static String status(String to, String reason) {
        return "{\"status\":\"" + to + "\",\"reason\":\"" + reason + "\"}";
    }

    private static RequestSpecification by(String subject) {
        return RestAssured.given().auth().oauth2(TestJwt.forSubject(subject, "contract-manager"));
    }

    @Test
    void walksAPayorFromProspectToContracted() {
        String id = createPayor(unique("Pipeline"), "COMMERCIAL");

        moveTo(id, "RESEARCHING", "TARGETED", "NEGOTIATING");
        given().contentType(ContentType.JSON).header("If-Match", "*").body(status("CONTRACTED", "Signed 2026-2028"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"4\""))
                .body("status", equalTo("CONTRACTED"));
    }

    @Test
    void refusesAnIllegalMoveNamingTheAllowedOnes() {
        String id = createPayor(unique("Skip"), "COMMERCIAL");

        given().contentType(ContentType.JSON).header("If-Match", "*").body(status("CONTRACTED", "skip ahead"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("currentStatus", equalTo("PROSPECT"))
                .body("allowedStatuses", contains("RESEARCHING", "DECLINED"))
                .body("detail", containsString("RESEARCHING, DECLINED"));
        given().when().get("/api/v1/payors/" + id).then().body("status", equalTo("PROSPECT"));
    }

    @Test
    void letsAPayorLeaveByDecliningAndComeBackToResearch() {
        String id = createPayor(unique("Declined"), "MEDICAID");
        moveTo(id, "RESEARCHING", "DECLINED");

        given().contentType(ContentType.JSON).header("If-Match", "*").body(status("TARGETED", "r"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(409)
                .body("allowedStatuses", contains("RESEARCHING"));
        moveTo(id, "RESEARCHING");
    }

    @Test
    void onlyTerminatesAContractedPayor() {
        String id = createPayor(unique("Terminate"), "COMMERCIAL");
        moveTo(id, "RESEARCHING", "TARGETED", "NEGOTIATING", "CONTRACTED");

        given().contentType(ContentType.JSON).header("If-Match", "*").body(status("DECLINED", "r"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(409)
                .body("allowedStatuses", contains("TERMINATED"));
        moveTo(id, "TERMINATED");
    }

    @Test
    void keepsTheHistoryOfMovesNewestFirstWithWhoAndWhy() {
        String id = createPayor(unique("History"), "COMMERCIAL");
        by("ana@asc.example").contentType(ContentType.JSON).header("If-Match", "*").body(status("RESEARCHING", "Growing MA book in TX"))
                .post("/api/v1/payors/" + id + "/status").then().statusCode(200);
        by("lee@asc.example").contentType(ContentType.JSON).header("If-Match", "*").body(status("TARGETED", "Lives justify outreach"))
                .post("/api/v1/payors/" + id + "/status").then().statusCode(200);

        given().when().get("/api/v1/payors/" + id + "/status-history")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(2))
                .body("items[0].fromStatus", equalTo("RESEARCHING"))
                .body("items[0].toStatus", equalTo("TARGETED"))
                .body("items[0].reason", equalTo("Lives justify outreach"))
                .body("items[0].changedBy", equalTo("lee@asc.example"))
                .body("items[0].changedAt", notNullValue())
                .body("items[1].toStatus", equalTo("RESEARCHING"))
                .body("items[1].changedBy", equalTo("ana@asc.example"));
    }

    @Test
    void refusesABodyThatNamesWhoMadeTheMoveSinceThatIsTheTokensSubject() {
        String id = createPayor(unique("Forged"), "COMMERCIAL");

        by("ana@asc.example").contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"status\":\"RESEARCHING\",\"reason\":\"r\",\"changedBy\":\"someone.else@asc.example\"}")
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("changedBy"));
        given().when().get("/api/v1/payors/" + id + "/status-history").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void requiresAndChecksIfMatch() {
        String id = createPayor(unique("Pinned"), "COMMERCIAL");
        moveTo(id, "RESEARCHING");

        given().contentType(ContentType.JSON).body(status("TARGETED", "r"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(428).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(status("TARGETED", "r"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"1\"").body(status("TARGETED", "r"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(200);
    }

    @Test
    void namesEachMissingFieldOfAMove() {
        String id = createPayor(unique("Missing"), "COMMERCIAL");

        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"RESEARCHING\",\"reason\":\" \"}")
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("reason"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body(status("SIGNED", "r"))
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void answersMovesAndHistoryOfAnUnknownPayorWith404() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).header("If-Match", "*").body(status("RESEARCHING", "r"))
                .when().post("/api/v1/payors/" + unknown + "/status")
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/payors/" + unknown + "/status-history")
                .then().statusCode(404).contentType(PROBLEM);
    }
}
