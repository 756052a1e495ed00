package com.payorcontracts.system;

import com.payorcontracts.security.SecurityMatrix;
import com.payorcontracts.testing.HostilePaths;
import com.payorcontracts.testing.RawHttp;
import com.payorcontracts.testing.TestJwt;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The security matrix against the live stack: every operation has its own line, and the gateway applies it. */
@ExtendWith(Stack.class)
class SecurityIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationOfTheMergedDocumentHasAMatrixLineOfItsOwn() {
        SecurityMatrix matrix = SecurityMatrix.load();
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> uncovered = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : path.getValue().keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                operations++;
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "7");
                boolean covered = matrix.ruleFor(method.toUpperCase(), concrete).filter(rule -> !rule.isCatchAll()).isPresent();
                if (!covered) {
                    uncovered.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).as("operations in the merged document").isGreaterThan(50);
        assertThat(uncovered).as("operations only the admin catch-all covers: add their lines to security-matrix.csv").isEmpty();
    }

    @Test
    void theGatewayRefusesNoTokenAndForbiddenRolesAndLetsAllowedOnesThrough() {
        given().header("Authorization", "").when().get("/api/v1/payors").then().statusCode(401);
        String viewer = "Bearer " + TestJwt.forRoles("viewer");
        given().header("Authorization", viewer).when().get("/api/v1/payors").then().statusCode(200);
        given().header("Authorization", viewer).contentType("application/json").body("{\"name\":\"Nope\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors").then().statusCode(403);
        String billing = "Bearer " + TestJwt.forRoles("billing-integration");
        JsonPath problem = given().header("Authorization", billing).when().get("/api/v1/analytics/reports/totals")
                .then().statusCode(403).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getInt("status")).isEqualTo(403);
    }

    @Test
    void marketBenchmarksAreReadByContractManagersAndAnalystsAndImportedByAnalystsOnly() {
        // security-matrix.csv: GET /api/v1/analytics/** contract-manager analyst admin;
        // POST /api/v1/analytics/benchmarks/** analyst admin.
        for (String role : List.of("viewer", "billing-integration")) {
            given().header("Authorization", "Bearer " + TestJwt.forRoles(role)).when().get("/api/v1/analytics/benchmarks")
                    .then().statusCode(403);
        }
        for (String role : List.of("contract-manager", "analyst")) {
            given().header("Authorization", "Bearer " + TestJwt.forRoles(role)).queryParam("code", "27447")
                    .when().get("/api/v1/analytics/benchmarks/market").then().statusCode(200);
        }
        String toc = "{\"reporting_entity_name\":\"x\",\"reporting_entity_type\":\"x\",\"reporting_structure\":[]}";
        given().header("Authorization", "Bearer " + TestJwt.forRoles("contract-manager")).contentType("application/json").body(toc)
                .when().post("/api/v1/analytics/benchmarks/table-of-contents").then().statusCode(403);
        given().header("Authorization", "Bearer " + TestJwt.forRoles("analyst")).contentType("application/json").body(toc)
                .when().post("/api/v1/analytics/benchmarks/table-of-contents").then().statusCode(200);
    }

    @Test
    void aServiceReachedDirectlyChecksTokensAndRolesItself() {
        int payorService = 18081;
        given().port(payorService).header("Authorization", "").when().get("/api/v1/payors")
                .then().statusCode(401).contentType("application/problem+json");
        String viewer = "Bearer " + TestJwt.forRoles("viewer");
        given().port(payorService).header("Authorization", viewer).when().get("/api/v1/payors").then().statusCode(200);
        given().port(payorService).header("Authorization", viewer).contentType("application/json")
                .body("{\"name\":\"Nope\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void everyServicePortRefusesEveryOtherSpellingOfItsPathsWithoutATokenAndChangesNothing() {
        String admin = "Bearer " + TestJwt.forRoles("admin");
        String payorId = given().header("Authorization", admin).contentType("application/json")
                .body("{\"name\":\"Bypass Target Health\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors").then().statusCode(201).extract().path("id");
        long payors = total(admin, "/api/v1/payors");
        long contracts = total(admin, "/api/v1/contracts");
        String payorBody = "{\"name\":\"Forged Health\",\"type\":\"COMMERCIAL\"}";
        List<Object[]> attempts = List.of(
                new Object[]{18081, "POST", "/api/v1/payors", payorBody},
                new Object[]{18081, "DELETE", "/api/v1/payors/" + payorId, null},
                new Object[]{18081, "GET", "/api/v1/payors", null},
                new Object[]{18082, "GET", "/api/v1/contracts", null},
                new Object[]{18082, "POST", "/api/v1/contracts", "{}"},
                new Object[]{18083, "GET", "/api/v1/analytics/reports/totals", null},
                new Object[]{18083, "PATCH", "/api/v1/analytics/underpayments/1", "{\"status\":\"WRITTEN_OFF\"}"});
        int refused = 0;
        for (Object[] attempt : attempts) {
            for (String path : HostilePaths.of((String) attempt[2])) {
                int status = RawHttp.status((int) attempt[0], (String) attempt[1], path, (String) attempt[3]);
                assertThat(status).as(attempt[0] + " " + attempt[1] + " " + path).isIn(400, 401, 403, 404);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(attempts.size() * HostilePaths.of("/api/v1/payors").size());
        assertThat(total(admin, "/api/v1/payors")).as("payors after the attempts").isEqualTo(payors);
        assertThat(total(admin, "/api/v1/contracts")).as("contracts after the attempts").isEqualTo(contracts);
        given().header("Authorization", admin).when().get("/api/v1/payors/" + payorId)
                .then().statusCode(200).body("archived", org.hamcrest.Matchers.is(false));
    }

    private static long total(String authorization, String path) {
        return given().header("Authorization", authorization).when().get(path).then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }
}
