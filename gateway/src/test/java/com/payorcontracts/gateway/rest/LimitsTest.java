package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.StandIn;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The test route "limited" (application.properties): 1 request/s per client with bursts of 3,
 * bodies up to 1K, 4K on its upload paths.
 */
@QuarkusTest
class LimitsTest {

    @RegisterExtension
    static final StandIn SERVICE = new StandIn(18184);

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void answers429WithRetryAfterOnceAClientSpentItsBurst() {
        String token = TestJwt.forSubject("client-429", "admin");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/limited/a").then().statusCode(200);
        }
        given().auth().oauth2(token).when().get("/api/v1/limited/a")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("status", equalTo(429));
        // Counted per client: another subject still has its burst.
        given().auth().oauth2(TestJwt.forSubject("client-other", "admin")).when().get("/api/v1/limited/a")
                .then().statusCode(200);
    }

    @Test
    void answers413WhenTheContentLengthIsOverTheRoutesLimit() {
        given().auth().oauth2(TestJwt.forSubject("client-413a", "admin")).body(new byte[2048])
                .when().post("/api/v1/limited/a")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void answers413WhenAChunkedBodyGrowsOverTheLimitWhileStreaming() throws Exception {
        HttpResponse<String> response = postChunked("/api/v1/limited/a", 2048, "client-413b");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void letsAChunkedBodyUnderTheLimitThrough() throws Exception {
        HttpResponse<String> response = postChunked("/api/v1/limited/a", 1000, "client-413c");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"bodyBytes\":1000");
    }

    @Test
    void allowsBiggerBodiesOnUploadPathsOnly() throws Exception {
        given().auth().oauth2(TestJwt.forSubject("client-413d", "admin")).body(new byte[3000])
                .when().put("/api/v1/limited/9/upload")
                .then().statusCode(200).body("bodyBytes", equalTo(3000));
        assertThat(postChunked("/api/v1/limited/9/upload", 5000, "client-413e").statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> postChunked(String path, int bytes, String subject) throws Exception {
        // An input stream of unknown length: the JDK client sends it chunked, without Content-Length.
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + TestJwt.forSubject(subject, "admin"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
