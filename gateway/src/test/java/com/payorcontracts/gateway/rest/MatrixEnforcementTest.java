package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.StandIn;
import com.payorcontracts.security.SecurityMatrix;
import com.payorcontracts.testing.MatrixCases;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of the security matrix, tried with every role: a role the line names reaches the
 * (stand-in) service, any other gets 403. The requests are made from the lines themselves, so a
 * new line is tested without touching this class.
 */
@QuarkusTest
class MatrixEnforcementTest {

    @RegisterExtension
    static final StandIn SERVICES = new StandIn(18181, 18182, 18183);

    private static final List<MatrixCases.Case> CASES =
            MatrixCases.under("/api/v1/payors", "/api/v1/contracts", "/api/v1/reference-fee-schedules",
                    "/api/v1/service-catalog", "/api/v1/analytics", "/api/v1/quotes");

    static Stream<Arguments> linesTimesRoles() {
        return CASES.stream().map(c -> Arguments.of(c.method(), c.path(), c.role(), c.allowed(), c.line()));
    }

    @Test
    void everyLineOfTheMatrixIsTried() {
        // GET /api/v1/me reaches no service: the gateway answers it (MeHandlerTest).
        assertThat(CASES.stream().map(MatrixCases.Case::line).distinct())
                .containsExactlyElementsOf(SecurityMatrix.load().rules().stream()
                        .filter(rule -> !rule.pattern().toString().equals("/api/v1/me")).map(SecurityMatrix.Rule::line).toList());
    }

    @ParameterizedTest(name = "line {4}: {0} {1} as {2} allowed={3}")
    @MethodSource("linesTimesRoles")
    void letsThroughExactlyTheRolesOfTheLine(String method, String path, String role, boolean allowed, int line) {
        Response response = given().auth().oauth2(TestJwt.forRoles(role)).body("{}").contentType("application/json")
                .when().request(method, path);

        if (allowed) {
            assertThat(response.header("X-Stand-In")).as("reached the service").isNotNull();
            assertThat(response.jsonPath().getString("path")).isEqualTo(path);
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("X-Stand-In")).isNull();
        }
    }
}
