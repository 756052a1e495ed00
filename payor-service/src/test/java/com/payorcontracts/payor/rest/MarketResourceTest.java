package com.payorcontracts.payor.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Presence by state and county, plan products, provider requirements: each with its own ETag. */
@QuarkusTest
class MarketResourceTest {

    private static String presence(String state, String county, long lives) {
        return """
                {"state": "%s", %s "coveredLives": %d, "marketSharePercent": 12.5, "asOf": "2025-12-31",
                 "source": "State enrollment report Q4 2025"}""".formatted(state, county == null ? "" : "\"county\": \"" + county + "\",", lives);
    }

    @Test
    void keepsPresenceByStateAndCountyWithItsSource() {
        String id = createPayor(unique("Presence"), "COMMERCIAL");
        given().contentType(ContentType.JSON).body(presence("TX", null, 250_000))
                .when().post("/api/v1/payors/" + id + "/presence")
                .then().statusCode(201)
                .header("ETag", equalTo("W/\"0\""))
                .body("state", equalTo("TX"))
                .body("coveredLives", equalTo(250000))
                .body("marketSharePercent", equalTo(12.5f));
        given().contentType(ContentType.JSON).body(presence("TX", "Travis", 40_000))
                .post("/api/v1/payors/" + id + "/presence").then().statusCode(201);

        given().when().get("/api/v1/payors/" + id + "/presence")
                .then().statusCode(200)
                .body("items.county", contains(null, "Travis"))
                .body("items[0].source", equalTo("State enrollment report Q4 2025"));
    }

    @Test
    void refusesASecondFigureForTheSamePlace() {
        String id = createPayor(unique("Twice TX"), "COMMERCIAL");
        String first = given().contentType(ContentType.JSON).body(presence("TX", null, 1))
                .post("/api/v1/payors/" + id + "/presence").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(presence("TX", null, 2))
                .when().post("/api/v1/payors/" + id + "/presence")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString(first));
    }

    @Test
    void namesEachBadFieldOfAPresenceFigure() {
        String id = createPayor(unique("Bad presence"), "COMMERCIAL");

        given().contentType(ContentType.JSON)
                .body("{\"state\":\"XX\",\"coveredLives\":-1,\"marketSharePercent\":100.5,\"asOf\":\"2199-01-01\",\"source\":\"\"}")
                .when().post("/api/v1/payors/" + id + "/presence")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("state", "coveredLives", "marketSharePercent", "asOf", "source"));
        given().contentType(ContentType.JSON).body(presence("TX", null, 1).replace("2025-12-31", "2025-13-45"))
                .when().post("/api/v1/payors/" + id + "/presence")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void acceptsDcAndTheTerritories() {
        String id = createPayor(unique("Territories"), "MEDICAID_MANAGED_CARE");
        for (String state : new String[]{"DC", "PR", "VI", "GU", "AS", "MP"}) {
            given().contentType(ContentType.JSON).body(presence(state, null, 1000))
                    .when().post("/api/v1/payors/" + id + "/presence")
                    .then().statusCode(201);
        }
    }

    @Test
    void updatesAndDeletesAPresenceFigureUnderIfMatch() {
        String id = createPayor(unique("Edit presence"), "COMMERCIAL");
        String path = given().contentType(ContentType.JSON).body(presence("OK", null, 10))
                .post("/api/v1/payors/" + id + "/presence").then().statusCode(201).extract().header("Location");

        given().contentType(ContentType.JSON).body(presence("OK", null, 20)).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(presence("OK", null, 20))
                .when().put(path)
                .then().statusCode(200).header("ETag", equalTo("W/\"1\"")).body("coveredLives", equalTo(20));
        given().header("If-Match", "W/\"0\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", "W/\"1\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void doesNotShowOnePayorsItemUnderAnother() {
        String owner = createPayor(unique("Owner"), "COMMERCIAL");
        String other = createPayor(unique("Other"), "COMMERCIAL");
        String itemId = given().contentType(ContentType.JSON).body(presence("KS", null, 10))
                .post("/api/v1/payors/" + owner + "/presence").then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/payors/" + other + "/presence/" + itemId).then().statusCode(404);
        given().header("If-Match", "*").when().delete("/api/v1/payors/" + other + "/presence/" + itemId).then().statusCode(404);
    }

    @Test
    void keepsPlanProductsWithTheirStates() {
        String id = createPayor(unique("Products"), "COMMERCIAL");
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Choice PPO\",\"lineOfBusiness\":\"PPO\",\"states\":[\"WA\",\"OR\",\"WA\"]}")
                .when().post("/api/v1/payors/" + id + "/products")
                .then().statusCode(201)
                .body("states", contains("OR", "WA"));
        given().contentType(ContentType.JSON).body("{\"name\":\"choice ppo\",\"lineOfBusiness\":\"EPO\"}")
                .when().post("/api/v1/payors/" + id + "/products")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"lineOfBusiness\":\"GOLD\",\"states\":[\"ZZ\"]}")
                .when().post("/api/v1/payors/" + id + "/products")
                .then().statusCode(400)
                // Every bad field in one answer: the unknown line of business hides none of the others.
                .body("errors.field", containsInAnyOrder("lineOfBusiness", "name", "states[0]"));
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"lineOfBusiness\":\"HMO\",\"states\":[\"ZZ\"]}")
                .when().post("/api/v1/payors/" + id + "/products")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "states[0]"));
    }

    @Test
    void keepsProviderRequirementsAndAsksWhetherAPanelIsOpen() {
        String id = createPayor(unique("Requirements"), "COMMERCIAL");
        given().contentType(ContentType.JSON).body("""
                        {"kind": "PANEL", "description": "Spine panel closed in Dallas", "panelOpen": false, "state": "TX",
                         "effectiveDate": "2026-01-01", "endDate": "2026-12-31"}""")
                .when().post("/api/v1/payors/" + id + "/requirements")
                .then().statusCode(201)
                .body("panelOpen", equalTo(false));
        given().contentType(ContentType.JSON).body("""
                        {"kind": "ACCREDITATION", "description": "AAAHC or equivalent", "effectiveDate": "2026-01-01"}""")
                .post("/api/v1/payors/" + id + "/requirements").then().statusCode(201);

        given().contentType(ContentType.JSON).body("""
                        {"kind": "PANEL", "description": "Panel", "effectiveDate": "2026-01-01"}""")
                .when().post("/api/v1/payors/" + id + "/requirements")
                .then().statusCode(400).body("errors[0].field", equalTo("panelOpen"));
        given().contentType(ContentType.JSON).body("""
                        {"kind": "CREDENTIALING", "description": "", "state": "Texas",
                         "effectiveDate": "2026-06-01", "endDate": "2026-01-01"}""")
                .when().post("/api/v1/payors/" + id + "/requirements")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("description", "state", "endDate"));
        given().when().get("/api/v1/payors/" + id + "/requirements")
                .then().body("items.kind", contains("ACCREDITATION", "PANEL"));
    }

    @Test
    void answersItemsOfAnUnknownPayorWith404() {
        given().when().get("/api/v1/payors/" + UUID.randomUUID() + "/products").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(presence("TX", null, 1))
                .when().post("/api/v1/payors/" + UUID.randomUUID() + "/presence").then().statusCode(404);
    }
}
