package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Walk-away floors: effective-dated, overlaps refused, payor overrides, and never seen by other roles. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class FloorResourceTest {

    // Codes no other test's catalog import uses as floors; the catalog itself is replaced here.
    private static final String CATALOG = "code,label,category\r\n22630,PLIF one level,FUSION\r\n"
            + "62323,Lumbar epidural,INJECTIONS\r\n64483,TFESI,INJECTIONS\r\n";

    @BeforeEach
    void catalog() {
        given().contentType("text/csv").header("If-Match", "*").body(CATALOG).put("/api/v1/service-catalog").then().statusCode(200);
    }

    private static String floor(String code, String amount, String from, String to, String reason) {
        return "{\"code\":\"" + code + "\",\"amount\":" + amount + ",\"effectiveFrom\":\"" + from + "\""
                + (to == null ? "" : ",\"effectiveTo\":\"" + to + "\"") + ",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void aPayorOverrideBeatsTheOrganizationsFloorOnlyWhileBothAreInForce() {
        String id = create(contract(UUID.randomUUID(), "Floors", "[{\"code\":\"22630\",\"amount\":18500}]"));
        String other = create(contract(UUID.randomUUID(), "Other payor", "[]"));
        String code = "62323";
        String key = UUID.randomUUID().toString();
        String organization = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(floor(code, "410.00", "2030-01-01", "2030-12-31", "Cost of service"))
                .post("/api/v1/service-catalog/floors").then().statusCode(201)
                .body("scope", equalTo("ORGANIZATION")).body("amount", equalTo(410.00f)).extract().header("Location");
        // A retry with the same key is the first answer again, not an overlapping second floor (409).
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(floor(code, "410.00", "2030-01-01", "2030-12-31", "Cost of service"))
                .post("/api/v1/service-catalog/floors").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", organization);
        given().get(java.net.URI.create(organization).getPath()).then().statusCode(200).body("amount", equalTo(410.00f));
        String override = given().contentType(ContentType.JSON).body(floor(code, "455.50", "2030-07-01", null, "Payor pays late"))
                .post("/api/v1/contracts/" + id + "/floors").then().statusCode(201)
                .body("scope", equalTo("PAYOR")).body("amount", equalTo(455.50f)).extract().header("Location");
        String overridePath = java.net.URI.create(override).getPath();
        given().get(overridePath).then().statusCode(200).body("amount", equalTo(455.50f)).body("reason", equalTo("Payor pays late"));
        // Another payor's contract does not show this payor's floor.
        given().get(overridePath.replace(id, other)).then().statusCode(404);

        // Before the override: the organization's 410.00; from 2030-07-01 the payor's 455.50.
        given().queryParam("asOf", "2030-03-01").get("/api/v1/contracts/" + id + "/floors").then().statusCode(200)
                .body("items.findAll { it.code == '62323' }.amount", equalTo(java.util.List.of(410.00f)));
        given().queryParam("asOf", "2030-08-01").get("/api/v1/contracts/" + id + "/floors").then().statusCode(200)
                .body("items.findAll { it.code == '62323' }.amount", equalTo(java.util.List.of(455.50f)))
                .body("items.findAll { it.code == '62323' }.scope", equalTo(java.util.List.of("PAYOR")));
        // Another payor's contract sees only the organization's floor; after 2030-12-31 none.
        given().queryParam("asOf", "2030-08-01").get("/api/v1/contracts/" + other + "/floors").then().statusCode(200)
                .body("items.findAll { it.code == '62323' }.amount", equalTo(java.util.List.of(410.00f)));
        given().queryParam("asOf", "2031-01-01").get("/api/v1/contracts/" + other + "/floors").then().statusCode(200)
                .body("items.findAll { it.code == '62323' }", hasSize(0));
    }

    @Test
    void refusesAnOverlappingFloorAFloorForAnUnknownCodeAndBadDates() {
        given().contentType(ContentType.JSON).body(floor("64483", "500.00", "2031-01-01", "2031-06-30", "Cost"))
                .post("/api/v1/service-catalog/floors").then().statusCode(201);

        given().contentType(ContentType.JSON).body(floor("64483", "520.00", "2031-06-30", null, "Overlaps by a day"))
                .post("/api/v1/service-catalog/floors").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("2031-01-01 to 2031-06-30"));
        given().contentType(ContentType.JSON).body(floor("64483", "520.00", "2031-07-01", null, "Right after"))
                .post("/api/v1/service-catalog/floors").then().statusCode(201);
        given().contentType(ContentType.JSON).body(floor("99999", "10.00", "2031-01-01", null, "Not ours"))
                .post("/api/v1/service-catalog/floors").then().statusCode(422)
                .body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body(floor("64483", "10.00", "2032-01-01", "2031-12-31", "Backwards"))
                .post("/api/v1/service-catalog/floors").then().statusCode(400)
                .body("errors[0].field", equalTo("effectiveTo"));
        given().contentType(ContentType.JSON).body(floor("64483", "10.001", "2033-01-01", null, "Fraction of a cent"))
                .post("/api/v1/service-catalog/floors").then().statusCode(400)
                .body("errors[0].field", containsString("amount"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"viewer", "analyst", "billing-integration"})
    void noOtherRoleReadsOrWritesAFloorOrLearnsItsAmountFromTheRefusal(String role) {
        String id = create(contract(UUID.randomUUID(), "Hidden floors", "[]"));
        String location = given().contentType(ContentType.JSON).body(floor("22630", "14250.00", "2032-01-01", null, "Implant cost"))
                .post("/api/v1/contracts/" + id + "/floors").then().statusCode(201).extract().header("Location");
        as(role).get(java.net.URI.create(location).getPath()).then().statusCode(403).body(not(containsString("14250")));

        String refusal = as(role).queryParam("asOf", "2032-02-01").get("/api/v1/contracts/" + id + "/floors")
                .then().statusCode(403).extract().asString();
        org.assertj.core.api.Assertions.assertThat(refusal).doesNotContain("14250");
        as(role).get("/api/v1/service-catalog/floors").then().statusCode(403).body(not(containsString("14250")));
        as(role).contentType(ContentType.JSON).body(floor("22630", "1.00", "2040-01-01", null, "Sneaky"))
                .post("/api/v1/service-catalog/floors").then().statusCode(403);
        // The contract itself and the catalog stay readable, without a floor in them.
        as(role).get("/api/v1/contracts/" + id).then().statusCode(role.equals("billing-integration") ? 403 : 200)
                .body(not(containsString("14250")));
    }
}
