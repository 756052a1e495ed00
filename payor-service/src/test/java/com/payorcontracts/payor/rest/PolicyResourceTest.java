package com.payorcontracts.payor.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** UM policies per code, the prior-authorization question, bulletins and what takes effect soon. */
@QuarkusTest
class PolicyResourceTest {

    private static String policy(String code, String modifier, boolean required, String from, String to) {
        return """
                {"code": "%s", %s "priorAuthRequired": %s, "effectiveDate": "%s" %s}"""
                .formatted(code, modifier == null ? "" : "\"modifier\":\"" + modifier + "\",", required, from,
                        to == null ? "" : ", \"endDate\": \"" + to + "\"");
    }

    private static String addPolicy(String payorId, String json) {
        return given().contentType(ContentType.JSON).body(json)
                .post("/api/v1/payors/" + payorId + "/um-policies").then().statusCode(201).extract().path("id");
    }

    private static String bulletin(String title, LocalDate effective, String codes, String impacts) {
        return """
                {"title": "%s", "summary": "What changes and for whom.", "publishedOn": "%s", "effectiveDate": "%s",
                 "affectedCodes": %s, "impacts": %s, "sourceUrl": "https://providers.example/bulletins/1"}"""
                .formatted(title, effective.minusDays(45), effective, codes, impacts);
    }

    @Test
    void answersForAListOfCodesWhichNeedPriorAuthorizationOnADate() {
        String id = createPayor(unique("UM"), "COMMERCIAL");
        String facet = addPolicy(id, policy("64490", null, true, "2026-03-01", null));
        addPolicy(id, policy("62323", null, false, "2025-01-01", "2025-12-31"));
        addPolicy(id, policy("62323", null, true, "2026-01-01", null));
        addPolicy(id, policy("64483", null, false, "2025-01-01", null));
        addPolicy(id, policy("64483", "50", true, "2025-01-01", null));

        given().queryParam("code", "64490", "62323", "64483", "64483-50", "22612", "G0260").queryParam("date", "2026-03-01")
                .when().get("/api/v1/payors/" + id + "/prior-authorization")
                .then().statusCode(200)
                .body("date", equalTo("2026-03-01"))
                .body("codes.code", contains("64490", "62323", "64483", "64483", "22612", "G0260"))
                .body("codes.priorAuthRequired", contains(true, true, false, true, null, null))
                .body("codes[0].policyId", equalTo(facet))
                .body("codes[3].modifier", equalTo("50"));

        given().queryParam("code", "64490", "62323").queryParam("date", "2025-06-30")
                .when().get("/api/v1/payors/" + id + "/prior-authorization")
                .then().body("codes.priorAuthRequired", contains(null, false));
    }

    @Test
    void namesEachBadCodeOfTheQuestion() {
        String id = createPayor(unique("UM bad"), "COMMERCIAL");
        given().queryParam("code", "64490", "6449", "ABCDE").queryParam("date", "2026-03-01")
                .when().get("/api/v1/payors/" + id + "/prior-authorization")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("code[1]", "code[2]"));
        given().when().get("/api/v1/payors/" + id + "/prior-authorization")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void acceptsEveryCodeShapeAndRefusesOthers() {
        String id = createPayor(unique("Shapes"), "COMMERCIAL");
        for (String code : new String[]{"22630", "0275T", "3008F", "0001U", "G0260", "J1040"}) {
            addPolicy(id, policy(code, null, true, "2026-01-01", null));
        }
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"22630A\",\"modifier\":\"5\",\"priorAuthRequired\":true,\"effectiveDate\":\"2026-02-01\",\"endDate\":\"2026-01-01\"}")
                .when().post("/api/v1/payors/" + id + "/um-policies")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "modifier", "endDate"));
        given().contentType(ContentType.JSON).body("{\"code\":\"22630\"}")
                .when().post("/api/v1/payors/" + id + "/um-policies")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("priorAuthRequired", "effectiveDate"));
    }

    @Test
    void refusesOverlappingPoliciesForOneCodeNamingTheExistingOne() {
        String id = createPayor(unique("Overlap"), "COMMERCIAL");
        String first = addPolicy(id, policy("63030", null, true, "2026-01-01", "2026-12-31"));

        given().contentType(ContentType.JSON).body(policy("63030", null, false, "2026-06-01", null))
                .when().post("/api/v1/payors/" + id + "/um-policies")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString(first));
        addPolicy(id, policy("63030", null, false, "2027-01-01", null));
        addPolicy(id, policy("63030", "LT", false, "2026-06-01", null));
    }

    @Test
    void linksAPolicyToTheBulletinThatAnnouncedIt() {
        String id = createPayor(unique("Linked"), "COMMERCIAL");
        String bulletinId = given().contentType(ContentType.JSON)
                .body(bulletin("Facet PA", LocalDate.parse("2026-03-01"), "[\"64490\"]", "[\"AUTHORIZATION\"]"))
                .post("/api/v1/payors/" + id + "/bulletins").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON)
                .body(policy("64490", null, true, "2026-03-01", null).replace("}", ", \"sourceBulletinId\": \"" + bulletinId + "\"}"))
                .when().post("/api/v1/payors/" + id + "/um-policies")
                .then().statusCode(201).body("sourceBulletinId", equalTo(bulletinId));
        given().contentType(ContentType.JSON)
                .body(policy("64493", null, true, "2026-03-01", null).replace("}", ", \"sourceBulletinId\": \"" + UUID.randomUUID() + "\"}"))
                .when().post("/api/v1/payors/" + id + "/um-policies")
                .then().statusCode(400).body("errors[0].field", equalTo("sourceBulletinId"));
        given().queryParam("code", "64490").queryParam("date", "2026-03-02")
                .when().get("/api/v1/payors/" + id + "/prior-authorization")
                .then().body("codes[0].sourceBulletinId", equalTo(bulletinId));
    }

    @Test
    void changesAndEndsAPolicyUnderIfMatch() {
        String id = createPayor(unique("End policy"), "COMMERCIAL");
        String policyId = addPolicy(id, policy("22612", null, true, "2026-01-01", null));
        String path = "/api/v1/payors/" + id + "/um-policies/" + policyId;

        given().contentType(ContentType.JSON).body(policy("22612", null, true, "2026-01-01", "2026-06-30"))
                .when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(policy("22612", null, true, "2026-01-01", "2026-06-30"))
                .when().put(path).then().statusCode(200).body("endDate", equalTo("2026-06-30")).header("ETag", equalTo("W/\"1\""));
        given().header("If-Match", "W/\"1\"").when().delete(path).then().statusCode(204);
        given().when().get("/api/v1/payors/" + id + "/um-policies").then().body("totalItems", equalTo(0));
    }

    @Test
    void keepsBulletinsWithCodesAndImpacts() {
        String id = createPayor(unique("Bulletins"), "COMMERCIAL");
        given().contentType(ContentType.JSON)
                .body(bulletin("Spine fusion rates", LocalDate.parse("2026-07-01"), "[\"22630\",\"22612\"]", "[\"RATE\",\"DOCUMENTATION\"]"))
                .when().post("/api/v1/payors/" + id + "/bulletins")
                .then().statusCode(201)
                .body("affectedCodes", contains("22612", "22630"))
                .body("impacts", contains("RATE", "DOCUMENTATION"));

        given().contentType(ContentType.JSON)
                .body("{\"title\":\"\",\"summary\":\"s\",\"effectiveDate\":\"2026-01-01\",\"affectedCodes\":[\"22630\",\"x\"],\"impacts\":[],\"sourceUrl\":\"notaurl\"}")
                .when().post("/api/v1/payors/" + id + "/bulletins")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("title", "affectedCodes[1]", "impacts", "sourceUrl"));
        given().contentType(ContentType.JSON)
                .body(bulletin("Bad impact", LocalDate.parse("2026-07-01"), "[]", "[\"PRICE\"]"))
                .when().post("/api/v1/payors/" + id + "/bulletins")
                .then().statusCode(400).body("errors[0].field", equalTo("impacts[0]"));
    }

    @Test
    void listsWhatTakesEffectInTheNextDaysAcrossAllPayors() {
        String code = "0" + (int) (Math.random() * 900 + 100) + "T";
        String one = createPayor(unique("Soon A"), "COMMERCIAL");
        String two = createPayor(unique("Soon B"), "MEDICAID");
        LocalDate today = LocalDate.now();
        given().contentType(ContentType.JSON).body(bulletin("In ten days", today.plusDays(10), "[\"" + code + "\"]", "[\"COVERAGE\"]"))
                .post("/api/v1/payors/" + two + "/bulletins").then().statusCode(201);
        given().contentType(ContentType.JSON).body(bulletin("In three days", today.plusDays(3), "[\"" + code + "\"]", "[\"AUTHORIZATION\"]"))
                .post("/api/v1/payors/" + one + "/bulletins").then().statusCode(201);
        given().contentType(ContentType.JSON).body(bulletin("In ninety days", today.plusDays(90), "[\"" + code + "\"]", "[\"RATE\"]"))
                .post("/api/v1/payors/" + one + "/bulletins").then().statusCode(201);
        given().contentType(ContentType.JSON).body(bulletin("Last week", today.minusDays(7), "[\"" + code + "\"]", "[\"RATE\"]"))
                .post("/api/v1/payors/" + one + "/bulletins").then().statusCode(201);

        given().queryParam("days", 30).queryParam("code", code)
                .when().get("/api/v1/payors/bulletins")
                .then().statusCode(200)
                .body("items.title", contains("In three days", "In ten days"))
                .body("items[0].payorId", equalTo(one))
                .body("items[1].payorName", containsString("Soon B"));
        given().queryParam("days", 30).queryParam("code", code).queryParam("impact", "COVERAGE")
                .when().get("/api/v1/payors/bulletins")
                .then().body("items.title", contains("In ten days"));
        given().queryParam("days", 400).queryParam("impact", "PRICE")
                .when().get("/api/v1/payors/bulletins")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("days", "impact"));
    }

    @Test
    void publishesNothingForAnArchivedPayorsBulletins() {
        String id = createPayor(unique("Archived bulletins"), "COMMERCIAL");
        String code = "0" + (int) (Math.random() * 900 + 100) + "U";
        given().contentType(ContentType.JSON).body(bulletin("Hidden", LocalDate.now().plusDays(5), "[\"" + code + "\"]", "[\"RATE\"]"))
                .post("/api/v1/payors/" + id + "/bulletins").then().statusCode(201);
        given().header("If-Match", "*").delete("/api/v1/payors/" + id).then().statusCode(200);

        given().queryParam("code", code).when().get("/api/v1/payors/bulletins")
                .then().body("items.title", not(hasItem("Hidden")));
        given().contentType(ContentType.JSON).body(policy("22612", null, true, "2026-01-01", null))
                .when().post("/api/v1/payors/" + id + "/um-policies")
                .then().statusCode(409);
        given().when().get("/api/v1/payors/" + id + "/bulletins").then().body("items[0].payorName", nullValue());
    }
}
