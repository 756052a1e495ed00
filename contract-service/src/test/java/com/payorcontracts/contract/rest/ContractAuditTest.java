package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The contract's audit trail: every change, by the token's subject, with what changed. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ContractAuditTest {

    private static final String LINE = "[{\"code\":\"62323\",\"amount\":612.40}]";

    private static String audit(String id) {
        return "/api/v1/contracts/" + id + "/audit";
    }

    @Test
    void recordsTheStatusMoveByTheTokensSubjectWithItsRequestId() {
        String id = create(contract(UUID.randomUUID(), "Audited", LINE));
        RestAssured.given().auth().oauth2(TestJwt.forSubject("lee@asc.example", "contract-manager"))
                .header("X-Request-Id", "req-contract-1").header("If-Match", "*").contentType(ContentType.JSON)
                .body("{\"status\":\"NEGOTIATING\",\"reason\":\"Opened talks\"}")
                .when().post("/api/v1/contracts/" + id + "/status").then().statusCode(200);

        given().when().get(audit(id)).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("status-changed"))
                .body("items[0].subject", equalTo("lee@asc.example"))
                .body("items[0].roles", equalTo(List.of("contract-manager")))
                .body("items[0].requestId", equalTo("req-contract-1"))
                .body("items[0].changes.find { it.field == 'status' }.to", equalTo("NEGOTIATING"))
                .body("items[1].action", equalTo("created"));
        given().when().get("/api/v1/contracts/" + id + "/status-history").then().body("items[0].changedBy", equalTo("lee@asc.example"));
    }

    @Test
    void recordsAnEditOfTheTermsFieldByField() {
        UUID payor = UUID.randomUUID();
        String id = create(contract(payor, "Before", LINE));
        given().contentType(ContentType.JSON).header("If-Match", "*").body(contract(payor, "After", LINE))
                .when().put("/api/v1/contracts/" + id).then().statusCode(200);

        given().when().get(audit(id)).then().statusCode(200)
                .body("items[0].action", equalTo("updated"))
                .body("items[0].changes", hasItem(Map.of("field", "contract.name", "from", "Before", "to", "After")));
    }

    @Test
    void recordsAFeeScheduleImportByItsSizeAndAnAmendment() {
        String id = create(contract(UUID.randomUUID(), "Imported", LINE));
        given().contentType("text/csv").header("If-Match", "*").body("code,modifier,method,amount,percent,bundled_codes,mpr_eligible\r\n62323,,FIXED,612.40,,,\r\n64483,,FIXED,410.00,,,\r\n")
                .when().put("/api/v1/contracts/" + id + "/fee-schedule").then().statusCode(200);

        given().when().get(audit(id)).then().statusCode(200)
                .body("items[0].action", equalTo("fee-schedule-imported"))
                .body("items[0].changes", equalTo(Map.of("linesBefore", 1, "linesAfter", 2)));

        String active = createActive(contract(UUID.randomUUID(), "Amended", LINE));
        given().contentType(ContentType.JSON).body("""
                        {"name":"2027 update","effectiveDate":"2027-01-01","feeScheduleUpserts":[{"code":"62323","amount":650}]}""")
                .when().post("/api/v1/contracts/" + active + "/amendments").then().statusCode(201);
        given().when().get(audit(active)).then().statusCode(200)
                .body("items[0].action", equalTo("amended"))
                .body("items[0].changes.field", hasItem("amendment.name"));
    }

    @Test
    void nothingInTheApiEditsOrDeletesTheTrailAndAnUnknownContractHasNone() {
        String id = create(contract(UUID.randomUUID(), "No edits", LINE));
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            int status = given().contentType(ContentType.JSON).body("{}").when().request(method, audit(id)).statusCode();
            assertThat(status).as(method).isIn(404, 405);
        }
        given().when().get(audit(id)).then().body("totalItems", equalTo(1));
        given().when().get(audit(UUID.randomUUID().toString())).then().statusCode(404);
    }
}
