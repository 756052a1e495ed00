package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.StandIn;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Tokens at the door: which are let in, which get 401, and what a service receives. */
@QuarkusTest
class AccessGuardTest {

    @RegisterExtension
    static final StandIn SERVICES = new StandIn(18181, 18182, 18183);

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) () -> TestJwt.expired("admin")),
                Arguments.of("signed by another key", (Supplier<String>) () -> TestJwt.signedByStranger("admin")),
                Arguments.of("for another audience", (Supplier<String>) () -> TestJwt.forAudience("someone-else", "admin")),
                Arguments.of("from another issuer", (Supplier<String>) () -> TestJwt.fromIssuer("https://evil.example/issuer", "admin")),
                Arguments.of("not a JWT", (Supplier<String>) () -> "not-a-jwt"),
                Arguments.of("unsigned", (Supplier<String>) () -> unsigned(TestJwt.admin())));
    }

    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return "eyJhbGciOiJub25lIn0." + parts[1] + ".";
    }

    @ParameterizedTest(name = "a token {0} gets 401")
    @MethodSource("badTokens")
    void refusesABadTokenWith401Problem(String what, Supplier<String> token) {
        given().auth().oauth2(token.get())
                .when().get("/api/v1/payors")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .body("status", equalTo(401));
    }

    @Test
    void refusesARequestWithoutTokenWith401Problem() {
        given().when().post("/api/v1/contracts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("detail", containsString("bearer token"));
    }

    @Test
    void refusesAValidTokenWithoutRolesWith403Problem() {
        given().auth().oauth2(TestJwt.withoutGroups())
                .when().get("/api/v1/payors")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void passesAGoodTokenOnToTheServiceUnchanged() {
        String token = TestJwt.forRoles("viewer");
        given().auth().oauth2(token)
                .when().get("/api/v1/payors/42")
                .then().statusCode(200)
                .header("X-Stand-In", "18181")
                .header("X-Seen-Authorization", "Bearer " + token);
    }

    @Test
    void refusesAPathWithDotSegmentsBeforeTheMatrixCouldBeFooled() {
        given().auth().oauth2(TestJwt.forRoles("viewer")).urlEncodingEnabled(false)
                .when().get("/api/v1/payors/%2e%2e/analytics/claims")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void leavesHealthMetricsAndOpenApiOpen() {
        given().when().get("/q/health/live").then().statusCode(200).header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void sendsTheCallersTraceOnToTheServiceUnderTheGatewaysSpan() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().auth().oauth2(TestJwt.forRoles("viewer"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/api/v1/payors")
                .then().statusCode(200)
                .header("X-Seen-Traceparent", org.hamcrest.Matchers.matchesPattern("00-" + traceId + "-[0-9a-f]{16}-01"));
        given().auth().oauth2(TestJwt.forRoles("viewer"))
                .when().get("/api/v1/payors")
                .then().statusCode(200)
                .header("X-Seen-Traceparent", org.hamcrest.Matchers.matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }
}
