package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.StandIn;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/** The test profile allows one front-end origin, https://app.payorcontracts.test. */
@QuarkusTest
class CorsHandlerTest {

    private static final String ALLOWED = "https://app.payorcontracts.test";
    @RegisterExtension
    static final StandIn SERVICES = new StandIn(18181);

    @Test
    void answersAPreflightFromTheConfiguredOriginWithoutAToken() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,prefer")
                .when().options("/api/v1/payors")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"), containsString("If-Match"),
                        containsString("Idempotency-Key"), containsString("Prefer")));
    }

    @Test
    void putsCorsHeadersOnAnAnswerToTheConfiguredOrigin() {
        given().header("Origin", ALLOWED).auth().oauth2(TestJwt.forRoles("viewer"))
                .when().get("/api/v1/payors")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Location"),
                        containsString("Idempotent-Replayed"), containsString("Retry-After"), containsString("X-Request-Id")));
    }

    @Test
    void givesAnotherOriginNoCorsHeaders() {
        given().header("Origin", "https://evil.example").auth().oauth2(TestJwt.forRoles("viewer"))
                .when().get("/api/v1/payors")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/payors")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
