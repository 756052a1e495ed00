package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Negotiations over the API, with figures by hand. The contract (2026-01-01 to 2028-12-31) pays
 * 62323 450.00, 64483 140% of Medicare and 22630 18500.00; its reference schedule's non-facility
 * fees are 62323 300.00, 64483 250.00, 22630 15000.00; the catalog expects 120, 80 and 12 a year.
 */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class NegotiationResourceTest {

    private static final String CATALOG = "code,label,category,expected_annual_volume\r\n"
            + "22630,PLIF one level,FUSION,12\r\n62323,Lumbar epidural,INJECTIONS,120\r\n64483,TFESI,INJECTIONS,80\r\n";
    private static final String LINES = """
            [{"code":"62323","amount":450.00},{"code":"64483","method":"PERCENT_OF_MEDICARE","percent":140},
             {"code":"22630","amount":18500.00}]""";

    @BeforeEach
    void catalog() {
        given().contentType("text/csv").header("If-Match", "*").body(CATALOG).put("/api/v1/service-catalog").then().statusCode(200);
    }

    private static String schedule() {
        return given().contentType("text/csv")
                .body("code,modifier,facility_amount,non_facility_amount\r\n62323,,200.00,300.00\r\n64483,,180.00,250.00\r\n"
                        + "22630,,15000.00,15000.00\r\n")
                .queryParam("name", "Negotiation MPFS").queryParam("year", 2028).queryParam("locality", "N" + UUID.randomUUID())
                .post("/api/v1/reference-fee-schedules").then().statusCode(201).extract().path("id");
    }

    private static String activeContract() {
        return createActive(contract(UUID.randomUUID(), "Negotiated", LINES, ",\"referenceScheduleId\":\"" + schedule() + "\""));
    }

    private static String open(String contractId) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"2029 renewal\"}")
                .post("/api/v1/contracts/" + contractId + "/negotiations").then().statusCode(201)
                .header("ETag", "W/\"1\"").body("status", equalTo("OPEN")).body("rounds", equalTo(0))
                .extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse propose(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path + "/proposals").then();
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static io.restassured.response.ValidatableResponse end(String path, String ifMatch, String status) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body("{\"status\":\"" + status + "\"}")
                .post(path + "/status").then();
    }

    @Test
    void aRenewalWalkedFromTheFirstProposalToItsAcceptanceBecomesTheTermsInForce() {
        String contractId = activeContract();
        String path = "/api/v1/contracts/" + contractId + "/negotiations/" + open(contractId);
        // The payor's opening: 62323 400.00, 22630 5% less (17575.00), renewed to 2031-12-31, paid in 45 days.
        String first = propose(path, """
                {"from":"PAYOR","effectiveDate":"2029-01-01","newExpirationDate":"2031-12-31","paymentDays":45,
                 "rateChanges":[{"kind":"ABSOLUTE","codes":["62323"],"amount":400.00},
                                {"kind":"PERCENT_CHANGE","codes":["22630"],"percent":-5}]}""")
                .statusCode(201).header("ETag", "W/\"2\"").body("round", equalTo(1)).body("from", equalTo("PAYOR"))
                .extract().path("id");
        given().get(path).then().statusCode(200).body("status", equalTo("OPEN")).body("rounds", equalTo(1));
        for (String floor : List.of("{\"code\":\"62323\",\"amount\":420.00", "{\"code\":\"22630\",\"amount\":17000.00")) {
            given().contentType(ContentType.JSON).body(floor + ",\"effectiveFrom\":\"2029-01-01\",\"reason\":\"Cost of service\"}")
                    .post("/api/v1/contracts/" + contractId + "/floors").then().statusCode(201);
        }

        given().get(path + "/proposals/" + first + "/comparison").then().statusCode(200)
                .body("pricedOn", equalTo("2029-01-01"))
                .body("codes.code", equalTo(List.of("22630", "62323", "64483")))
                // 22630: 18500.00 -> 18500 x 0.95 = 17575.00, 117.17% of 15000 (17575 / 150 = 117.1666)
                .body("codes[0].currentRate", equalTo(18500.00f)).body("codes[0].proposedRate", equalTo(17575.00f))
                .body("codes[0].proposedPercentOfMedicare", equalTo(117.17f))
                .body("codes[0].floor", equalTo(17000.00f)).body("codes[0].belowFloor", equalTo(false))
                // 62323: 450.00 -> 400.00, 133.33% of 300.00, under its 420.00 floor
                .body("codes[1].currentRate", equalTo(450.00f)).body("codes[1].proposedRate", equalTo(400.00f))
                .body("codes[1].change", equalTo(-50.00f)).body("codes[1].medicareRate", equalTo(300.00f))
                .body("codes[1].currentPercentOfMedicare", equalTo(150.00f))
                .body("codes[1].proposedPercentOfMedicare", equalTo(133.33f))
                .body("codes[1].floor", equalTo(420.00f)).body("codes[1].belowFloor", equalTo(true))
                // 64483: 140% of 250.00 = 350.00 both, no floor
                .body("codes[2].currentRate", equalTo(350.00f)).body("codes[2].proposedRate", equalTo(350.00f))
                .body("codes[2].currentRule", equalTo("PERCENT_OF_MEDICARE")).body("codes[2].floor", nullValue())
                // 18500 x 12 + 450 x 120 + 350 x 80 = 222,000 + 54,000 + 28,000 = 304,000
                .body("totals.currentAnnualTotal", equalTo(304000.00f))
                // 17575 x 12 + 400 x 120 + 350 x 80 = 210,900 + 48,000 + 28,000 = 286,900
                .body("totals.proposedAnnualTotal", equalTo(286900.00f))
                .body("totals.change", equalTo(-17100.00f))
                .body("totals.codesBelowFloor", equalTo(1))
                // 17000 x 12 + 420 x 120 = 204,000 + 50,400
                .body("totals.floorAnnualTotal", equalTo(254400.00f));

        // Our counter: 62323 at 440.00, paid in 30 days, 3% a year from 2030 for 3 years.
        propose(path, """
                {"from":"US","effectiveDate":"2029-01-01","newExpirationDate":"2031-12-31","paymentDays":30,
                 "escalator":{"annualPercent":3,"firstAnniversary":"2030-01-01","years":3},
                 "rateChanges":[{"kind":"ABSOLUTE","codes":["62323"],"amount":440.00}],"note":"Our floor is known to us"}""")
                .statusCode(201).body("round", equalTo(2));
        given().get(path).then().statusCode(200).header("ETag", "W/\"3\"")
                .body("status", equalTo("COUNTERED")).body("proposals.from", equalTo(List.of("PAYOR", "US")));

        end(path, "W/\"2\"", "ACCEPTED").statusCode(412).header("ETag", "W/\"3\"").body("currentETag", equalTo("W/\"3\""));
        end(path, "W/\"3\"", "ACCEPTED").statusCode(200).header("ETag", "W/\"4\"")
                .body("status", equalTo("ACCEPTED")).body("amendmentId", notNullValue())
                .body("acceptedProposalId", notNullValue());
        // Accepting twice is a 409 naming no way on, whatever the ETag.
        end(path, "W/\"4\"", "ACCEPTED").statusCode(409).contentType("application/problem+json")
                .body("currentStatus", equalTo("ACCEPTED")).body("allowedStatuses", empty());
        propose(path, "{\"from\":\"PAYOR\",\"effectiveDate\":\"2029-02-01\"}").statusCode(409)
                .body("allowedStatuses", empty());

        given().get("/api/v1/contracts/" + contractId).then().statusCode(200)
                .body("expirationDate", equalTo("2031-12-31")).body("paymentTerms.cleanClaimPaymentDays", equalTo(30))
                .body("amendments.name", equalTo(List.of("2029 renewal, round 2")));
        // The next quote prices under the accepted terms: 440.00 in 2029, 440 x 1.03 = 453.20 after 2030-01-01.
        for (String[] dated : new String[][]{{"2029-06-01", "440.0"}, {"2030-06-01", "453.2"}, {"2028-06-01", "450.0"}}) {
            given().contentType(ContentType.JSON).body("{\"dateOfService\":\"" + dated[0] + "\",\"lines\":[{\"code\":\"62323\","
                            + "\"units\":1,\"billedCharge\":2000.00}]}")
                    .post("/api/v1/contracts/" + contractId + "/quote").then().statusCode(200)
                    .body("lines[0].expectedAmount", equalTo(Float.parseFloat(dated[1])));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"viewer", "analyst"})
    void otherRolesReadTheComparisonWithoutAFloorOrWhatIsBelowOne(String role) {
        String contractId = activeContract();
        String path = "/api/v1/contracts/" + contractId + "/negotiations/" + open(contractId);
        given().contentType(ContentType.JSON).body("{\"code\":\"62323\",\"amount\":987.65,\"effectiveFrom\":\"2029-01-01\","
                + "\"reason\":\"Cost\"}").post("/api/v1/contracts/" + contractId + "/floors").then().statusCode(201);
        String proposal = propose(path, """
                {"from":"PAYOR","effectiveDate":"2029-01-01","newExpirationDate":"2030-12-31",
                 "rateChanges":[{"kind":"ABSOLUTE","codes":["62323"],"amount":400.00}]}""").statusCode(201).extract().path("id");
        given().get(path + "/proposals/" + proposal + "/comparison").then().statusCode(200)
                .body("codes[1].belowFloor", equalTo(true)).body("totals.codesBelowFloor", equalTo(1));

        String seen = as(role).get(path + "/proposals/" + proposal + "/comparison").then().statusCode(200)
                .body("codes[1].proposedRate", equalTo(400.00f))
                .body("codes[1]", not(hasKey("floor"))).body("codes[1]", not(hasKey("belowFloor")))
                .body("totals", not(hasKey("codesBelowFloor"))).body("totals", not(hasKey("floorAnnualTotal")))
                // 18500 x 12 + 400 x 120 + 350 x 80 = 222,000 + 48,000 + 28,000
                .body("totals.proposedAnnualTotal", equalTo(298000.00f))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(seen).doesNotContain("987.65").doesNotContain("belowFloor");
        as(role).get(path).then().statusCode(200).body(not(containsString("987.65")));
        as(role).contentType(ContentType.JSON).body("{\"from\":\"US\",\"effectiveDate\":\"2029-01-01\"}")
                .post(path + "/proposals").then().statusCode(403);
        as(role).contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"ACCEPTED\"}")
                .post(path + "/status").then().statusCode(403);
    }

    @Test
    void refusesBadProposalsAndMovesTheStatusesDoNotAllow() {
        String contractId = activeContract();
        String path = "/api/v1/contracts/" + contractId + "/negotiations/" + open(contractId);
        // Nothing to accept yet.
        end(path, "*", "ACCEPTED").statusCode(409).body("detail", containsString("no proposal"));
        end(path, "*", "COUNTERED").statusCode(400).body("errors[0].field", equalTo("status"));
        end(path, "W/\"9\"", "WITHDRAWN").statusCode(412);
        given().contentType(ContentType.JSON).body("{\"status\":\"WITHDRAWN\"}").post(path + "/status").then().statusCode(428);

        propose(path, "{\"effectiveDate\":\"2029-01-01\"}").statusCode(400).body("errors.field", equalTo(List.of("from")));
        propose(path, "{\"from\":\"US\",\"effectiveDate\":\"2029-01-01\",\"rateChanges\":[{\"kind\":\"PERCENT_CHANGE\","
                + "\"codes\":[\"20610\"],\"percent\":5}]}").statusCode(400)
                .body("errors[0].field", equalTo("rateChanges[0].codes")).body("detail", containsString("no rate of its own"));
        propose(path, "{\"from\":\"US\",\"effectiveDate\":\"2029-01-01\",\"rateChanges\":[{\"kind\":\"ABSOLUTE\","
                + "\"codes\":[\"62323\"],\"amount\":1.001}]}").statusCode(400)
                .body("errors[0].field", containsString("amount"));
        propose(path, "{\"from\":\"US\",\"effectiveDate\":\"2029-01-01\",\"rateChanges\":[{\"kind\":\"ABSOLUTE\","
                + "\"codes\":[\"6232\"],\"amount\":1}]}").statusCode(400);
        // A renewal must extend; an amendment takes effect after the base terms and within the (renewed) term.
        propose(path, "{\"from\":\"US\",\"effectiveDate\":\"2028-06-01\",\"newExpirationDate\":\"2028-12-31\"}").statusCode(422)
                .body("errors[0].field", equalTo("newExpirationDate"));
        propose(path, "{\"from\":\"US\",\"effectiveDate\":\"2026-01-01\"}").statusCode(422)
                .body("errors[0].field", equalTo("effectiveDate"));
        propose(path, "{\"from\":\"US\",\"effectiveDate\":\"2029-06-01\"}").statusCode(422)
                .body("errors[0].field", equalTo("effectiveDate"));
        given().get(path).then().body("rounds", equalTo(0)).body("status", equalTo("OPEN"));

        propose(path, "{\"from\":\"US\",\"effectiveDate\":\"2028-01-01\",\"rateChanges\":[{\"kind\":\"PERCENT_OF_MEDICARE\","
                + "\"codes\":[\"62323\"],\"percent\":160}]}").statusCode(201);
        end(path, "*", "WITHDRAWN").statusCode(200).body("status", equalTo("WITHDRAWN")).body("amendmentId", nullValue());
        end(path, "*", "REJECTED").statusCode(409).body("allowedStatuses", empty());

        given().get("/api/v1/contracts/" + contractId + "/negotiations/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/contracts/" + contractId + "/negotiations").then().statusCode(200)
                .body("items[0].status", equalTo("WITHDRAWN")).body("totalItems", equalTo(1));
        String noReference = createActive(contract(UUID.randomUUID(), "No reference", LINES.replace(
                "{\"code\":\"64483\",\"method\":\"PERCENT_OF_MEDICARE\",\"percent\":140},", "")));
        String other = "/api/v1/contracts/" + noReference + "/negotiations/" + open(noReference);
        propose(other, "{\"from\":\"US\",\"effectiveDate\":\"2028-01-01\",\"rateChanges\":[{\"kind\":\"PERCENT_OF_MEDICARE\","
                + "\"codes\":[\"62323\"],\"percent\":160}]}").statusCode(422)
                .body("errors[0].field", equalTo("rateChanges[0].kind"));
    }

    @Test
    void aNewContractsNegotiationReplacesItsTermsWhenAccepted() {
        String contractId = create(contract(UUID.randomUUID(), "New payor", LINES));
        String path = "/api/v1/contracts/" + contractId + "/negotiations/" + open(contractId);
        propose(path, """
                {"from":"PAYOR","effectiveDate":"2026-01-01","newExpirationDate":"2029-06-30","autoRenew":true,
                 "timelyFilingDays":120,"lesserOfPercent":80,
                 "rateChanges":[{"kind":"PERCENT_CHANGE","codes":["62323","22630"],"percent":2}]}""").statusCode(201);
        end(path, etag(path), "ACCEPTED").statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("amendmentId", nullValue());
        // 450 x 1.02 = 459.00; 18500 x 1.02 = 18870.00; the contract is still a DRAFT, with no amendment.
        given().get("/api/v1/contracts/" + contractId).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("expirationDate", equalTo("2029-06-30"))
                .body("autoRenew", equalTo(true)).body("paymentTerms.timelyFilingDays", equalTo(120))
                .body("amendments", empty())
                .body("baseTerms.feeSchedule.find { it.code == '62323' }.amount", equalTo(459.00f))
                .body("baseTerms.feeSchedule.find { it.code == '22630' }.amount", equalTo(18870.00f))
                .body("baseTerms.lesserOfPercent", equalTo(80));
    }

    @Test
    void aTerminatedContractIsNotNegotiated() {
        String contractId = create(contract(UUID.randomUUID(), "Ended", LINES));
        given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"TERMINATED\"}")
                .post("/api/v1/contracts/" + contractId + "/status").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"name\":\"Too late\"}")
                .post("/api/v1/contracts/" + contractId + "/negotiations").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\":\"\"}")
                .post("/api/v1/contracts/" + contractId + "/negotiations").then().statusCode(400);
    }
}
