package com.payorcontracts.payor.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PayorResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createsAPayorAndAnswersWithItsLocation() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"name\":\"Cascade Mutual Health\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/payors/"))
                .body("id", notNullValue())
                .body("name", equalTo("Cascade Mutual Health"))
                .body("type", equalTo("COMMERCIAL"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("name", equalTo("Cascade Mutual Health"))
                .body("type", equalTo("COMMERCIAL"));
    }

    @Test
    void namesTheMissingFieldsOfAnIncompletePayor() {
        given().contentType(ContentType.JSON).body("{\"name\":\"  \"}")
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("type"));
    }

    @Test
    void rejectsAnUnknownPayorTypeNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"X\",\"type\":\"PRIVATE\"}")
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void rejectsUnknownPropertiesInsteadOfIgnoringThem() {
        given().contentType(ContentType.JSON).body("{\"name\":\"X\",\"type\":\"OTHER\",\"rating\":5}")
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("rating"));
    }

    @Test
    void answersMalformedJsonWithAProblemNotAServerError() {
        given().contentType(ContentType.JSON).body("{\"name\":")
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void rejectsAMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void answersAnUnknownPayorWith404Problem() {
        UUID id = UUID.randomUUID();
        given().when().get("/api/v1/payors/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString(id.toString()))
                .body("instance", endsWith(id.toString()));
    }

    @Test
    void answersAMalformedIdWith404Problem() {
        given().when().get("/api/v1/payors/not-a-uuid")
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void listsPayorsOnePageAtATime() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"name\":\"Page Test " + i + "\",\"type\":\"MEDICAID\"}")
                    .post("/api/v1/payors").then().statusCode(201);
        }

        given().queryParam("page", 0).queryParam("size", 2)
                .when().get("/api/v1/payors")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(3))
                .body("totalPages", greaterThanOrEqualTo(2));
    }

    @Test
    void capsThePageSize() {
        given().queryParam("size", 5000)
                .when().get("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void listsNamesInCaseInsensitiveOrder() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + token + " AAB upper\",\"type\":\"OTHER\"}")
                .post("/api/v1/payors").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + token + " aaa lowercase first\",\"type\":\"OTHER\"}")
                .post("/api/v1/payors").then().statusCode(201);

        given().queryParam("name", token)
                .when().get("/api/v1/payors")
                .then().statusCode(200)
                .body("items[0].name", equalTo(token + " aaa lowercase first"))
                .body("items[1].name", equalTo(token + " AAB upper"));
    }

    @Test
    void reportsReadinessOfDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/payors'.post.operationId", equalTo("createPayor"))
                .body("paths.'/api/v1/payors/{id}'.get.operationId", equalTo("getPayor"));
    }
}
