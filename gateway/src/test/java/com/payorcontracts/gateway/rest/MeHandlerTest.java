package com.payorcontracts.gateway.rest;

import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** GET /api/v1/me, answered by the gateway from the token (which operations: CallerOperationsTest). */
@QuarkusTest
class MeHandlerTest {

    @Test
    void namesTheTokensSubjectAndRolesAndTheOperationsTheyAllow() {
        given().auth().oauth2(TestJwt.forSubject("billing-system-7", "billing-integration", "analyst"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Cache-Control", "private, no-store")
                .body("subject", equalTo("billing-system-7"))
                .body("roles", contains("analyst", "billing-integration"))
                .body("operations.operationId", hasItem("getMe"))
                .body("operations.find { it.operationId == 'getMe' }.method", equalTo("GET"));
    }

    @Test
    void refusesAQueryParameterNamingIt() {
        given().auth().oauth2(TestJwt.forRoles("viewer")).queryParam("verbose", "1")
                .when().get("/api/v1/me")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://payorcontracts.dev/problems/validation"))
                .body("errors[0].field", equalTo("verbose"));
    }

    @Test
    void isRefusedWithoutAToken() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }
}
