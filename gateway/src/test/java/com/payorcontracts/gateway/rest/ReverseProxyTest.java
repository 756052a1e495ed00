package com.payorcontracts.gateway.rest;

import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway in front of stand-in services on loopback: payors (18181) echoes what it gets,
 * contracts (18182) is not running, analytics (18183) answers too slowly for its 1 s timeout.
 */
@QuarkusTest
class ReverseProxyTest {

    private static Vertx vertx;

    @BeforeAll
    static void startStandIns() throws Exception {
        vertx = Vertx.vertx();
        HttpServer payors = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end("""
                        {"openapi":"3.1.0","paths":{"/api/v1/payors":{"get":{"operationId":"listPayors"}}},
                         "components":{"schemas":{"Page":{"type":"object"}}}}""");
                return;
            }
            request.body().onSuccess(body -> request.response()
                    .setStatusCode(request.path().endsWith("/missing") ? 404 : 201)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Location", "/api/v1/payors/42")
                    .putHeader("X-Seen-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                    .putHeader("X-Seen-Query", String.valueOf(request.query()))
                    .putHeader("X-Seen-Forwarded", request.getHeader("X-Forwarded-Proto") + " " + request.getHeader("X-Forwarded-Host")
                            + " " + request.getHeader("X-Forwarded-Prefix") + " " + request.getHeader("Forwarded"))
                    .end(Buffer.buffer("{\"method\":\"" + request.method() + "\",\"path\":\"" + request.path()
                            + "\",\"echo\":" + (body.length() == 0 ? "null" : body.toString()) + "}")));
        });
        HttpServer analytics = vertx.createHttpServer().requestHandler(request ->
                vertx.setTimer(3000, t -> request.response().end("{}")));
        payors.listen(18181, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        analytics.listen(18183, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    /** An API call with a token that the security matrix lets through anywhere. */
    private static RequestSpecification api() {
        return given().auth().oauth2(TestJwt.admin());
    }

    @AfterAll
    static void stopStandIns() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void forwardsMethodPathQueryAndBodyAndPassesStatusAndHeadersBack() {
        api().contentType(ContentType.JSON).body("{\"name\":\"Cascade\"}").queryParam("dryRun", "true")
                .when().post("/api/v1/payors")
                .then().statusCode(201)
                .header("Location", "/api/v1/payors/42")
                .header("X-Seen-Query", "dryRun=true")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/payors"))
                .body("echo.name", equalTo("Cascade"));
    }

    @Test
    void tellsTheServiceTheAddressTheCallerUsedAndDropsTheCallersOwnForwardingHeaders() {
        api().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "host=evil.example;proto=https")
                .when().post("/api/v1/payors")
                .then().statusCode(201)
                .header("X-Seen-Forwarded", matchesPattern("http (localhost|127\\.0\\.0\\.1):\\d+ null null"));
    }

    @Test
    void passesAServiceErrorStatusThroughUnchanged() {
        api().when().get("/api/v1/payors/missing")
                .then().statusCode(404)
                .body("path", equalTo("/api/v1/payors/missing"));
    }

    @Test
    void countsRequestsPerRouteInTheMetricsNeverPerIdInThePath() {
        api().when().get("/api/v1/payors/missing").then().statusCode(404);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/api/v1/payors/{path}\"").doesNotContain("/api/v1/payors/missing");
    }

    @Test
    void keepsTheCallersRequestIdAndPassesItOn() {
        api().header("X-Request-Id", "abc-123")
                .when().get("/api/v1/payors")
                .then().statusCode(201)
                .header("X-Request-Id", "abc-123")
                .header("X-Seen-Request-Id", "abc-123");
    }

    @Test
    void makesUpARequestIdWhenTheCallerSendsNone() {
        api().when().get("/api/v1/payors")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("X-Seen-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void answersAStoppedServiceWith503ProblemQuickly() {
        api().when().get("/api/v1/contracts/1")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("contracts"))
                .time(lessThan(3000L));
    }

    @Test
    void answersASlowServiceWith504AfterItsTimeout() {
        api().when().get("/api/v1/analytics/contracts/1")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .time(lessThan(2500L));
    }

    @Test
    void answersAPathNoServiceOwnsWith404Problem() {
        api().when().get("/api/v1/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void servesOneOpenApiDocumentNamingTheServicesItCouldNotReach() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/payors'.get.operationId", equalTo("listPayors"))
                .body("paths.'/api/v1/contracts'", nullValue())
                .body("info.description", containsString("contracts"))
                .body("components.schemas.Page", notNullValue());
    }

    @Test
    void servesTheOpenApiDocumentAsYamlByDefault() {
        api().when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("/api/v1/payors:"));
    }

    @Test
    void servesSwaggerUiOverTheMergedDocument() {
        String page = given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/q/openapi?format=json"))
                .extract().asString();
        String bundle = page.replaceAll("(?s).*src=\"([^\"]*swagger-ui-bundle\\.js)\".*", "$1");

        given().when().get(bundle).then().statusCode(200);
    }
}
