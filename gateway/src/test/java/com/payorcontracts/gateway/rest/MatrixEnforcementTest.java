package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.StandIn;
import com.payorcontracts.gateway.security.TestKeys;
import com.payorcontracts.gateway.security.TestTokens;
import com.payorcontracts.security.SecurityMatrix;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
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
@QuarkusTestResource(TestKeys.class)
class MatrixEnforcementTest {

    private static final SecurityMatrix MATRIX = SecurityMatrix.load();
    @RegisterExtension
    static final StandIn SERVICES = new StandIn(18181, 18182, 18183);

    static Stream<Arguments> linesTimesRoles() {
        List<Arguments> cases = new ArrayList<>();
        for (SecurityMatrix.Rule rule : MATRIX.rules()) {
            String[] request = requestDecidedBy(rule);
            for (String role : SecurityMatrix.ROLES) {
                cases.add(Arguments.of(request[0], request[1], role, rule.roles().contains(role), rule.line()));
            }
        }
        return cases.stream();
    }

    /** A method and path that this line (and no line above it) decides. */
    static String[] requestDecidedBy(SecurityMatrix.Rule rule) {
        // The catch-all decides what no other line names: an unlisted path under a real route.
        List<String> paths = rule.isCatchAll() ? List.of("/api/v1/analytics/unlisted")
                : List.of(rule.pattern().toString().replace("/**", "/x").replace("*", "7"));
        List<String> methods = rule.method().equals("*") ? List.of("DELETE", "PUT", "PATCH", "POST", "GET") : List.of(rule.method());
        for (String path : paths) {
            for (String method : methods) {
                if (MATRIX.ruleFor(method, path).orElseThrow() == rule) {
                    return new String[]{method, path};
                }
            }
        }
        throw new AssertionError("no request is decided by line " + rule.line() + "; is it shadowed by a line above?");
    }

    @ParameterizedTest(name = "line {4}: {0} {1} as {2} allowed={3}")
    @MethodSource("linesTimesRoles")
    void letsThroughExactlyTheRolesOfTheLine(String method, String path, String role, boolean allowed, int line) {
        Response response = given().auth().oauth2(TestTokens.forRoles(role)).body("{}").contentType("application/json")
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
