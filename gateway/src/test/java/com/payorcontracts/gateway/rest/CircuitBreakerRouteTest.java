package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.StandIn;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/**
 * The test route "flaky" (stand-in port 18184, nothing listening at first): 3 failures open its
 * circuit for 2 s (application.properties).
 */
@QuarkusTest
class CircuitBreakerRouteTest {

    @Test
    void failsFastWhileAServiceIsDownThenLetsAProbeThroughWhenItIsBack() throws Exception {
        String token = TestJwt.admin();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/flaky/a").then().statusCode(503);
        }
        given().auth().oauth2(token).when().get("/api/v1/flaky/a")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("detail", containsString("tries it again"))
                .time(lessThan(500L));
        // The gateway stays ready, and says which route is down.
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'gateway routes' }.data.flaky", equalTo("DOWN"))
                .body("checks.find { it.name == 'gateway routes' }.data.'flaky.circuit'", equalTo("open"));

        try (StandIn service = new StandIn(18184).start()) {
            await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(500)).untilAsserted(() ->
                    given().auth().oauth2(token).when().get("/api/v1/flaky/a").then().statusCode(200));
            given().when().get("/q/health/ready")
                    .then().body("checks.find { it.name == 'gateway routes' }.data.'flaky.circuit'", equalTo("closed"));
        }
    }

    @Test
    void clientsThatHangUpBeforeTheAnswerDoNotOpenTheCircuit() throws Exception {
        String token = TestJwt.admin();
        try (StandIn service = new StandIn(18184).start()) {
            await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(500)).untilAsserted(() ->
                    given().auth().oauth2(token).when().get("/api/v1/flaky/a").then().statusCode(200));
            for (int i = 0; i < 5; i++) {
                // More than the 3 failures that open the circuit: each client leaves while the service is still answering.
                try (java.net.Socket client = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
                    client.getOutputStream().write(("GET /api/v1/flaky/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + token + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    client.getOutputStream().flush();
                    Thread.sleep(50);
                }
            }
            Thread.sleep(400);
            given().auth().oauth2(token).when().get("/api/v1/flaky/a").then().statusCode(200);
            given().when().get("/q/health/ready")
                    .then().body("checks.find { it.name == 'gateway routes' }.data.'flaky.circuit'", equalTo("closed"));
        }
    }
}
