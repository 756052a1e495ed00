package com.payorcontracts.payor.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.etagOf;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The full profile, and the rules every change keeps: validation, If-Match, archiving instead of deleting. */
@QuarkusTest
class PayorProfileTest {

    private static final String FULL = """
            {"name": "Cascade Mutual Health", "legalName": "Cascade Mutual Health Insurance Company",
             "type": "COMMERCIAL", "parentOrganization": "Cascade Mutual Holdings",
             "ediPayerIds": [{"payerId": "cmh01", "clearinghouse": "Clearpath Exchange"},
                             {"payerId": "77001", "clearinghouse": "Northgate EDI"}],
             "portalUrl": "https://providers.cascademutual.example", "notes": "Strong in WA and OR."}""";

    @Test
    void keepsEveryProfileFieldAndStartsAsAProspect() {
        String id = createPayor(FULL);

        given().when().get("/api/v1/payors/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"0\""))
                .body("legalName", equalTo("Cascade Mutual Health Insurance Company"))
                .body("parentOrganization", equalTo("Cascade Mutual Holdings"))
                .body("ediPayerIds.payerId", containsInAnyOrder("CMH01", "77001"))
                .body("ediPayerIds.clearinghouse", hasItem("Northgate EDI"))
                .body("portalUrl", equalTo("https://providers.cascademutual.example"))
                .body("status", equalTo("PROSPECT"))
                .body("archived", equalTo(false))
                .body("version", equalTo(0));
    }

    @Test
    void answersACreateWithLocationAndETag() {
        given().contentType(ContentType.JSON).body(FULL)
                .when().post("/api/v1/payors")
                .then().statusCode(201)
                .header("ETag", equalTo("W/\"0\""))
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/payors/[0-9a-f-]{36}"));
    }

    @Test
    void namesEveryBadFieldOfAProfileAtOnce() {
        given().contentType(ContentType.JSON).body("""
                        {"name": "X", "type": "COMMERCIAL", "portalUrl": "providers.example",
                         "ediPayerIds": [{"payerId": "12-34", "clearinghouse": ""}], "legalName": "%s"}"""
                        .formatted("L".repeat(301)))
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("portalUrl", "ediPayerIds[0].payerId",
                        "ediPayerIds[0].clearinghouse", "legalName"));
    }

    @Test
    void replacesTheProfileWhenIfMatchNamesTheCurrentVersion() {
        String id = createPayor(FULL);
        String etag = etagOf("/api/v1/payors/" + id);

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"Cascade Mutual\",\"type\":\"MEDICARE_ADVANTAGE\"}")
                .when().put("/api/v1/payors/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"1\""))
                .body("name", equalTo("Cascade Mutual"))
                .body("type", equalTo("MEDICARE_ADVANTAGE"))
                .body("legalName", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void refusesAChangeWithoutIfMatch() {
        String id = createPayor(unique("No precondition"), "OTHER");

        given().contentType(ContentType.JSON).body("{\"name\":\"Changed\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id)
                .then().statusCode(428)
                .contentType(PROBLEM)
                .body("title", equalTo("Precondition required"));
        given().when().delete("/api/v1/payors/" + id).then().statusCode(428);
        given().contentType(MergePatch.MEDIA_TYPE).body("{\"notes\":\"x\"}")
                .when().patch("/api/v1/payors/" + id).then().statusCode(428);
    }

    @Test
    void refusesAStaleChangeAndTellsTheCurrentETag() {
        String id = createPayor(unique("Stale"), "OTHER");
        String read = etagOf("/api/v1/payors/" + id);
        given().contentType(ContentType.JSON).header("If-Match", read).body("{\"name\":\"First edit\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", read).body("{\"name\":\"Second edit\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .header("ETag", equalTo("W/\"1\""))
                .body("currentETag", equalTo("W/\"1\""));
        given().when().get("/api/v1/payors/" + id).then().body("name", equalTo("First edit"));
    }

    @Test
    void acceptsAStrongTagAListOfTagsOrAStar() {
        String id = createPayor(unique("Tags"), "OTHER");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"A\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"7\", W/\"1\"").body("{\"name\":\"B\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"C\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id).then().statusCode(200).header("ETag", equalTo("W/\"3\""));
        given().contentType(ContentType.JSON).header("If-Match", "garbage").body("{\"name\":\"D\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id).then().statusCode(412);
    }

    @Test
    void letsExactlyOneOfManyConcurrentEditsOfTheSameVersionWin() throws Exception {
        String id = createPayor(unique("Race"), "OTHER");
        String etag = etagOf("/api/v1/payors/" + id);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "{\"name\":\"Edit " + i + "\",\"type\":\"OTHER\"}";
            edits.add(() -> given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                    .when().put("/api/v1/payors/" + id).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(edits)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(7);
        given().when().get("/api/v1/payors/" + id).then().header("ETag", equalTo("W/\"1\""));
    }

    @Test
    void patchesOnlyTheGivenFieldsAndClearsWithNull() {
        String id = createPayor(FULL);

        given().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "W/\"0\"")
                .body("{\"notes\":\"Rates reopen each July.\",\"legalName\":null}")
                .when().patch("/api/v1/payors/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"1\""))
                .body("notes", equalTo("Rates reopen each July."))
                .body("legalName", nullValue())
                .body("name", equalTo("Cascade Mutual Health"))
                .body("ediPayerIds.payerId", containsInAnyOrder("CMH01", "77001"));
    }

    @Test
    void validatesAPatchLikeAReplacement() {
        String id = createPayor(unique("Patch check"), "OTHER");

        given().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "W/\"0\"")
                .body("{\"name\":null,\"portalUrl\":\"ftp://x\"}")
                .when().patch("/api/v1/payors/" + id)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("name", "portalUrl"));
        given().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "W/\"0\"").body("{\"rating\":5}")
                .when().patch("/api/v1/payors/" + id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        given().contentType(MergePatch.MEDIA_TYPE).header("If-Match", "W/\"0\"").body("{\"type\":\"PRIVATE\"}")
                .when().patch("/api/v1/payors/" + id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().when().get("/api/v1/payors/" + id).then().header("ETag", equalTo("W/\"0\""));
    }

    @Test
    void archivesInsteadOfDeletingAndHidesArchivedPayorsFromLists() {
        String name = unique("Archived");
        String id = createPayor(name, "OTHER");

        given().header("If-Match", "W/\"0\"").when().delete("/api/v1/payors/" + id)
                .then().statusCode(200)
                .body("archived", equalTo(true))
                .body("archivedAt", not(nullValue()));

        given().when().get("/api/v1/payors/" + id).then().statusCode(200).body("archived", equalTo(true));
        given().queryParam("name", name).when().get("/api/v1/payors").then().body("totalItems", equalTo(0));
        given().queryParam("name", name).queryParam("includeArchived", true).when().get("/api/v1/payors")
                .then().body("items[0].id", equalTo(id));
    }

    @Test
    void refusesToChangeAnArchivedPayorUntilItIsRestored() {
        String id = createPayor(unique("Restore"), "OTHER");
        given().header("If-Match", "W/\"0\"").when().delete("/api/v1/payors/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", "W/\"1\"").body("{\"name\":\"X\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id)
                .then().statusCode(409)
                .contentType(PROBLEM);

        given().when().post("/api/v1/payors/" + id + "/restore")
                .then().statusCode(200)
                .body("archived", equalTo(false))
                .header("ETag", equalTo("W/\"2\""));
        given().contentType(ContentType.JSON).header("If-Match", "W/\"2\"").body("{\"name\":\"X\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + id)
                .then().statusCode(200);
    }

    @Test
    void answersChangesToAnUnknownPayorWith404() {
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"X\",\"type\":\"OTHER\"}")
                .when().put("/api/v1/payors/" + java.util.UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM);
    }
}
