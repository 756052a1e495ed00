package com.payorcontracts.payor.rest;

import com.payorcontracts.platform.config.PageTokenConfig;
import com.payorcontracts.platform.rest.PageTokenCodec;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.moveTo;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** Search: name, type, status, state presence and covered lives; sorted and paged. */
@QuarkusTest
class PayorSearchTest {

    @Inject
    PageTokenConfig pageTokenConfig;

    private static void lives(String payorId, String state, String county, long lives) {
        given().contentType(ContentType.JSON).body("""
                        {"state": "%s", %s "coveredLives": %d, "asOf": "2025-12-31", "source": "test"}"""
                        .formatted(state, county == null ? "" : "\"county\":\"" + county + "\",", lives))
                .post("/api/v1/payors/" + payorId + "/presence").then().statusCode(201);
    }

    @Test
    void findsByPartOfTheDisplayOrLegalNameInAnyCase() {
        String token = unique("Zq").split(" ")[1];
        createPayor("Harbor " + token + " Health", "COMMERCIAL");
        createPayor("{\"name\":\"Plain Name\",\"legalName\":\"Legal " + token.toUpperCase() + " LLC\",\"type\":\"OTHER\"}");
        createPayor("Unrelated", "OTHER");

        given().queryParam("name", token.toUpperCase())
                .when().get("/api/v1/payors")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.name", containsInAnyOrder("Harbor " + token + " Health", "Plain Name"));
    }

    @Test
    void treatsLikeWildcardsInANameAsPlainText() {
        String token = unique("Pct").split(" ")[1];
        createPayor("100% " + token, "OTHER");
        createPayor("1000 " + token, "OTHER");

        given().queryParam("name", "100% " + token).when().get("/api/v1/payors")
                .then().body("totalItems", equalTo(1));
    }

    @Test
    void filtersByTypesAndStatuses() {
        String token = unique("Ts").split(" ")[1];
        String commercial = createPayor(token + " A", "COMMERCIAL");
        createPayor(token + " B", "MEDICAID");
        createPayor(token + " C", "TRICARE");
        moveTo(commercial, "RESEARCHING");

        given().queryParam("name", token).queryParam("type", "COMMERCIAL").queryParam("type", "TRICARE")
                .when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " A", token + " C"));
        given().queryParam("name", token).queryParam("status", "RESEARCHING")
                .when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " A"));
    }

    @Test
    void findsPayorsWithAtLeastNLivesInTheGivenStates() {
        String token = unique("Lives").split(" ")[1];
        String big = createPayor(token + " big", "COMMERCIAL");
        String split = createPayor(token + " split", "COMMERCIAL");
        String elsewhere = createPayor(token + " elsewhere", "COMMERCIAL");
        lives(big, "TX", null, 120_000);
        lives(split, "TX", null, 30_000);
        lives(split, "OK", null, 30_000);
        // A county figure refines the state's; adding it would count the same people twice.
        lives(split, "OK", "Tulsa", 25_000);
        lives(elsewhere, "CA", null, 900_000);

        given().queryParam("name", token).queryParam("state", "TX").queryParam("state", "OK").queryParam("minLives", 50_000)
                .when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " big", token + " split"));
        given().queryParam("name", token).queryParam("state", "TX").queryParam("state", "OK").queryParam("minLives", 70_000)
                .when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " big"));
        given().queryParam("name", token).queryParam("state", "CA")
                .when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " elsewhere"));
        given().queryParam("name", token).queryParam("minLives", 500_000)
                .when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " elsewhere"));
    }

    @Test
    void findsAPayorByItsEdiPayerId() {
        String payerId = "E" + unique("x").split(" ")[1].substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "0");
        createPayor("{\"name\":\"By EDI\",\"type\":\"OTHER\",\"ediPayerIds\":[{\"payerId\":\"" + payerId + "\",\"clearinghouse\":\"Clearpath Exchange\"}]}");

        given().queryParam("ediPayerId", payerId.toLowerCase()).when().get("/api/v1/payors")
                .then().body("items.name", contains("By EDI"));
    }

    @Test
    void sortsOnTheDocumentedFields() {
        String token = unique("Sort").split(" ")[1];
        createPayor(token + " b", "MEDICAID");
        createPayor(token + " A", "COMMERCIAL");
        createPayor(token + " c", "AUTO_PIP");

        given().queryParam("name", token).queryParam("sort", "-name").when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " c", token + " b", token + " A"));
        given().queryParam("name", token).queryParam("sort", "type").when().get("/api/v1/payors")
                .then().body("items.type", contains("AUTO_PIP", "COMMERCIAL", "MEDICAID"));
        given().queryParam("name", token).queryParam("sort", "-createdAt").when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " c", token + " A", token + " b"));
    }

    @Test
    void pagesThroughResultsWithoutOverlap() {
        String token = unique("Pages").split(" ")[1];
        for (int i = 0; i < 5; i++) {
            createPayor(token + " " + i, "OTHER");
        }
        given().queryParam("name", token).queryParam("size", 2).queryParam("page", 2).when().get("/api/v1/payors")
                .then().body("items.name", contains(token + " 4"))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
    }

    @Test
    void pageTokensWalkEverySortWithoutOverlapOrGap() {
        String token = unique("Keys").split(" ")[1];
        // Two payors share a type and a name in another case, so the sorts' later columns decide.
        createPayor(token + " d", "OTHER");
        createPayor(token + " B", "MEDICAID");
        createPayor(token + " a", "OTHER");
        createPayor(token + " C", "COMMERCIAL");
        createPayor(token + " b", "OTHER");
        for (String sort : new String[] {"name", "-name", "type", "status", "createdAt", "-createdAt", "updatedAt", "-updatedAt"}) {
            java.util.List<String> byNumber = given().queryParam("name", token).queryParam("sort", sort).queryParam("size", 5)
                    .when().get("/api/v1/payors").then().statusCode(200).extract().jsonPath().getList("items.name");
            java.util.List<String> byToken = new java.util.ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                var spec = given().queryParam("name", token).queryParam("sort", sort).queryParam("size", 2);
                if (next != null) {
                    spec.queryParam("pageToken", next);
                }
                var page = spec.when().get("/api/v1/payors").then().statusCode(200)
                        .body("page", equalTo(pages)).body("totalItems", equalTo(5)).extract().jsonPath();
                byToken.addAll(page.getList("items.name"));
                next = page.getString("nextPageToken");
                pages++;
            } while (next != null);
            org.assertj.core.api.Assertions.assertThat(byToken).as(sort).isEqualTo(byNumber);
            org.assertj.core.api.Assertions.assertThat(pages).as(sort).isEqualTo(3);
        }
    }

    @Test
    void refusesAPageTokenOfOtherFiltersOrAlteredOne() {
        String token = unique("Tok").split(" ")[1];
        for (int i = 0; i < 3; i++) {
            createPayor(token + " " + i, "OTHER");
        }
        String next = given().queryParam("name", token).queryParam("size", 2).when().get("/api/v1/payors")
                .then().extract().path("nextPageToken");
        given().queryParam("name", token).queryParam("size", 2).queryParam("pageToken", next).when().get("/api/v1/payors")
                .then().statusCode(200).body("items.name", contains(token + " 2")).body("nextPageToken", equalTo(null));
        given().queryParam("name", token).queryParam("sort", "-name").queryParam("size", 2).queryParam("pageToken", next)
                .when().get("/api/v1/payors")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("pageToken"));
        given().queryParam("name", token).queryParam("size", 2).queryParam("pageToken", "x" + next)
                .when().get("/api/v1/payors")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("pageToken"));
        // Signed as the service signs (with the configured key, as a leaked one would be): only the key inside is wrong.
        PageTokenCodec codec = new PageTokenCodec(pageTokenConfig.secret().getBytes(StandardCharsets.UTF_8));
        String query = "/api/v1/payors\nname=" + token + "\nsize=2";
        org.assertj.core.api.Assertions.assertThat(codec.decode(query, next)).isPresent();
        for (List<String> key : List.of(List.of(token + " 1", "not-a-uuid"), List.of(token + " 1"))) {
            given().queryParam("name", token).queryParam("size", 2)
                    .queryParam("pageToken", codec.encode(query, new PageTokenCodec.PageToken(1, 3, key)))
                    .when().get("/api/v1/payors")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("pageToken"));
        }
    }

    @Test
    void getsSeveralPayorsByIdInOneCall() {
        String token = unique("Batch").split(" ")[1];
        String first = createPayor(token + " one", "OTHER");
        createPayor(token + " two", "OTHER");
        String third = createPayor(token + " three", "OTHER");
        given().queryParam("id", first).queryParam("id", third).when().get("/api/v1/payors")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.name", contains(token + " one", token + " three"));
    }

    @Test
    void namesEachBadSearchParameter() {
        given().queryParam("sort", "rating").queryParam("state", "Texas").queryParam("minLives", -5)
                .when().get("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("sort", "state[0]", "minLives"));
    }

    @Test
    void rejectsAnUnknownTypeFilter() {
        given().queryParam("type", "PRIVATE").when().get("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("type[0]"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("MEDICARE_ADVANTAGE"));
    }
}
