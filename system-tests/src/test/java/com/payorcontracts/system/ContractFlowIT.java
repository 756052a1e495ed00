package com.payorcontracts.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Through the gateway, on the real broker and databases: a contract reaches analytics. */
@ExtendWith(Stack.class)
class ContractFlowIT {

    @Test
    void aContractCreatedThroughTheGatewayAppearsInAnalyticsAndFollowsItsChanges() {
        String payorId = given().contentType(ContentType.JSON)
                .body("{\"name\":\"Lakeshore Health Plan\",\"type\":\"MEDICARE_ADVANTAGE\"}")
                .when().post("/api/v1/payors")
                .then().statusCode(201).body("id", notNullValue())
                .extract().path("id");
        String contract = """
                {"payorId":"%s","name":"%s","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
                 "feeSchedule":[{"code":"62323","amount":612.40},{"code":"64483","modifier":"50","amount":845.00},
                                {"code":"22630","amount":%s}]}""";
        String contractId = given().contentType(ContentType.JSON)
                .body(contract.formatted(payorId, "Lakeshore spine 2026", "4120.55"))
                .when().post("/api/v1/contracts")
                .then().statusCode(201)
                .extract().path("id");

        awaitAnalyticsVersion(contractId, 1);
        given().when().get("/api/v1/analytics/contracts/" + contractId)
                .then().statusCode(200)
                .body("payorId", equalTo(payorId))
                .body("name", equalTo("Lakeshore spine 2026"))
                .body("rateVersions[0].feeSchedule", hasSize(3))
                .body("rateVersions[0].feeSchedule[1].modifier", equalTo("50"))
                .body("rateVersions[0].feeSchedule[2].amount", equalTo(4120.55f));

        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(contract.formatted(payorId, "Lakeshore spine 2026 (rev)", "4300.00"))
                .when().put("/api/v1/contracts/" + contractId)
                .then().statusCode(200).body("version", equalTo(2));

        awaitAnalyticsVersion(contractId, 2);
        given().when().get("/api/v1/analytics/contracts/" + contractId)
                .then().body("name", equalTo("Lakeshore spine 2026 (rev)"))
                .body("rateVersions[0].feeSchedule[2].amount", equalTo(4300.00f));
    }

    @Test
    void theGatewayServesOneOpenApiDocumentOverEveryService() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/payors'.post.operationId", equalTo("createPayor"))
                .body("paths.'/api/v1/contracts'.post.operationId", equalTo("createContract"))
                .body("paths.'/api/v1/analytics/contracts/{id}'.get.operationId", equalTo("getProjectedContract"));
    }

    @Test
    void errorsOfTheServicesReachTheClientAsProblems() {
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
    }

    private static void awaitAnalyticsVersion(String contractId, int version) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().when().get("/api/v1/analytics/contracts/" + contractId)
                        .then().statusCode(200).body("version", equalTo(version)));
    }
}
