package com.payorcontracts.payor.rest;

import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A POST retried with the same Idempotency-Key happens once. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void replaysTheFirstAnswerToARetryWithTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        String name = unique("Retried");
        String body = "{\"name\":\"" + name + "\",\"type\":\"MEDICAID\"}";

        ExtractableResponse<Response> first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/payors")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract();
        // The same JSON, formatted differently, is the same request.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{ \"name\" : \"" + name + "\",\n \"type\" : \"MEDICAID\" }")
                .when().post("/api/v1/payors")
                .then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")));

        given().queryParam("name", name).when().get("/api/v1/payors").then().body("totalItems", equalTo(1));
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"name\":\"One\",\"type\":\"OTHER\"}")
                .when().post("/api/v1/payors").then().statusCode(201);

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"name\":\"Another\",\"type\":\"OTHER\"}")
                .when().post("/api/v1/payors")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("title", equalTo("Idempotency key reused"));
    }

    @Test
    void refusesTheSameKeyOnAnotherEndpoint() {
        String key = UUID.randomUUID().toString();
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"name\":\"Here\",\"type\":\"OTHER\"}")
                .when().post("/api/v1/payors").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).header("If-Match", "*")
                .body("{\"status\":\"RESEARCHING\",\"reason\":\"r\"}")
                .when().post("/api/v1/payors/" + id + "/status")
                .then().statusCode(422);
        given().when().get("/api/v1/payors/" + id).then().body("status", equalTo("PROSPECT"));
    }

    @Test
    void runsAgainWhenTheFirstAttemptFailed() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"name\":\"\",\"type\":\"OTHER\"}")
                .when().post("/api/v1/payors").then().statusCode(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"name\":\"Fixed\",\"type\":\"OTHER\"}")
                .when().post("/api/v1/payors").then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void keepsEachCallersKeysApart() {
        String key = UUID.randomUUID().toString();
        String name = unique("Callers");
        String body = "{\"name\":\"" + name + "\",\"type\":\"OTHER\"}";
        for (String caller : List.of("alice", "bob")) {
            io.restassured.RestAssured.given().header("Authorization", "Bearer " + TestJwt.forSubject(caller, "admin"))
                    .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/api/v1/payors")
                    .then().statusCode(201).header("Idempotent-Replayed", nullValue());
        }

        given().queryParam("name", name).when().get("/api/v1/payors").then().body("totalItems", equalTo(2));
    }

    @Test
    void createsTwiceWithoutAKey() {
        String name = unique("Twice");
        String body = "{\"name\":\"" + name + "\",\"type\":\"OTHER\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/payors").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/payors").then().statusCode(201);

        given().queryParam("name", name).when().get("/api/v1/payors").then().body("totalItems", equalTo(2));
    }

    @Test
    void createsOnceWhenRetriesRaceEachOther() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = unique("Raced");
        String body = "{\"name\":\"" + name + "\",\"type\":\"TRICARE\"}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post("/api/v1/payors").then().statusCode(201).extract().path("id"));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> id : pool.invokeAll(posts)) {
            ids.add(id.get());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        given().queryParam("name", name).when().get("/api/v1/payors").then().body("totalItems", equalTo(1));
    }

    @Test
    void rejectsAnUnusableKeyNamingTheHeader() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(256)).body("{\"name\":\"K\",\"type\":\"OTHER\"}")
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
