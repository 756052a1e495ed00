package com.payorcontracts.testing;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service proves about its own check of tokens and roles, reached directly with no
 * gateway in front: 401 without a valid token, 403 for every role a matrix line leaves out, the
 * request let through for every role it names. A service's test extends this, is a
 * {@code @QuarkusTest}, and names the path prefixes it owns.
 */
public abstract class AccessRules {

    /** The /api/v1 path prefixes the service under test owns. */
    protected abstract String[] prefixes();

    @TestFactory
    Stream<DynamicTest> everyMatrixLineLetsThroughExactlyItsRoles() {
        return MatrixCases.under(prefixes()).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            // Malformed JSON: a request let through is refused by the endpoint itself and changes nothing.
            Response response = Api.as(c.role()).contentType("application/json").body("{")
                    .when().request(c.method(), c.path());
            if (c.allowed()) {
                assertThat(response.statusCode()).as(c + " was refused: " + response.asString()).isNotIn(401, 403);
            } else {
                assertThat(response.statusCode()).as(c.toString()).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.jsonPath().getString("detail")).contains(c.role());
            }
        }));
    }

    @Test
    void noTokenIs401WithAChallenge() {
        Response response = RestAssured.given().when().get(anyPath());

        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"payorcontracts\"");
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        assertUnauthorized(withToken(TestJwt.signedByStranger("admin")).get(anyPath()));
    }

    @Test
    void anExpiredTokenIs401() {
        assertUnauthorized(withToken(TestJwt.expired("admin")).get(anyPath()));
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        assertUnauthorized(withToken(TestJwt.forAudience("another-api", "admin")).get(anyPath()));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        assertUnauthorized(withToken(TestJwt.fromIssuer("https://elsewhere.example/issuer", "admin")).get(anyPath()));
    }

    @Test
    void aPathWithEncodedSeparatorsIsRefusedBeforeTheMatrixDecides() {
        Response response = Api.given().urlEncodingEnabled(false).when().get(prefixes()[0] + "/x%2F..%2Fy");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPathWithAnEncodedLetterIsRefusedSinceTheEndpointWouldReadItDecoded() {
        // "fl%6Fors" is "floors" to the endpoint but not to the matrix, which guards floors apart.
        Response response = Api.as("viewer").urlEncodingEnabled(false).when().get(prefixes()[0] + "/7/fl%6Fors");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @TestFactory
    Stream<DynamicTest> aPathSpelledAnyOtherWayIsRefusedWithoutATokenWhateverItsPrefix() {
        return Stream.of("GET", "POST", "PUT", "PATCH", "DELETE").flatMap(method -> HostilePaths.of(anyPath() + "/7").stream()
                .map(path -> DynamicTest.dynamicTest(method + " " + path, () ->
                        assertThat(RawHttp.status(RestAssured.port, method, path, "{}")).isIn(400, 401, 403, 404))));
    }

    @Test
    void aPathOutsideTheApiNeedsATokenToo() {
        assertUnauthorized(RestAssured.given().when().get("/anything/else"));
        assertUnauthorized(RestAssured.given().when().get("/api/v2" + anyPath().substring("/api/v1".length())));
    }

    @Test
    void healthAndTheOpenApiDocumentNeedNoToken() {
        assertThat(RestAssured.given().get("/q/health/live").statusCode()).isEqualTo(200);
        assertThat(RestAssured.given().get("/q/openapi").statusCode()).isEqualTo(200);
    }

    private String anyPath() {
        return prefixes()[0];
    }

    private static RequestSpecification withToken(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).when();
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("status")).isEqualTo("401");
    }
}
