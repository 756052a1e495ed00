package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Quotes through the API; every expected amount is worked out by hand in the comments. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class QuoteResourceTest {

    private static final String SPINE = contract(UUID.randomUUID(), "Spine quote", """
            [{"code":"64483","amount":700,"multipleProcedureEligible":true},
             {"code":"64484","amount":240,"multipleProcedureEligible":true},
             {"code":"22630","method":"CASE_RATE","amount":18500,"bundledCodes":["22840","20936"]},
             {"code":"L8699","method":"CARVE_OUT_COST_PLUS","percent":110}]""", """
            ,"defaultRule":{"method":"PERCENT_OF_CHARGES","percent":40},
             "multipleProcedureReduction":{"percentagesByRank":[100,50],"exemptCodes":[]},
             "modifierRules":{"bilateralPercent":150,"percentByModifier":{"62":62.5}},
             "escalator":{"annualPercent":3,"firstAnniversary":"2027-01-01","years":3}""");

    @Test
    void pricesABilateralInjectionWithMultipleProcedureReductionAndTheEscalatorInYearTwo() {
        String id = create(SPINE);

        given().contentType(ContentType.JSON).body("""
                        {"dateOfService":"2027-03-15","lines":[
                          {"code":"64483","modifiers":["50"],"units":1,"placeOfService":"24","billedCharge":2400.00},
                          {"code":"64484","units":1,"placeOfService":"24","billedCharge":900.00},
                          {"code":"72100","units":1,"placeOfService":"24","billedCharge":300.00}]}""")
                .when().post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200)
                // 700 x 1.03 (escalator, year 2) x 150% (bilateral) = 1081.50, rank 1 at 100%
                .body("lines[0].expectedAmount", equalTo(1081.50f))
                .body("lines[0].rule", equalTo("FIXED"))
                .body("lines[0].reductionRank", equalTo(1))
                .body("lines[0].escalatorFactor", equalTo(1.03f))
                // 240 x 1.03 = 247.20, rank 2 at 50% = 123.60
                .body("lines[1].expectedAmount", equalTo(123.60f))
                .body("lines[1].reductionRank", equalTo(2))
                // unlisted: 40% of 300.00 = 120.00, not escalated
                .body("lines[2].expectedAmount", equalTo(120.00f))
                .body("lines[2].rule", equalTo("DEFAULT_PERCENT_OF_CHARGES"))
                .body("totalExpected", equalTo(1325.10f))
                .body("termsName", equalTo("Base terms"));
    }

    @Test
    void paysACaseRateOnceWithItsBundledCodeAtZeroAndTheImplantAtCostPlusTenPercent() {
        String id = create(SPINE);

        given().contentType(ContentType.JSON).body("""
                        {"dateOfService":"2026-06-01","lines":[
                          {"code":"22630","units":1,"billedCharge":40000.00},
                          {"code":"22840","units":1,"billedCharge":8000.00},
                          {"code":"L8699","units":2,"billedCharge":12000.00,"invoiceCost":5000.00}]}""")
                .when().post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200)
                .body("lines[0].expectedAmount", equalTo(18500.00f))
                .body("lines[0].rule", equalTo("CASE_RATE"))
                .body("lines[1].expectedAmount", equalTo(0.00f))
                .body("lines[1].rule", equalTo("CASE_RATE_BUNDLED"))
                // 110% of the 5000.00 invoice
                .body("lines[2].expectedAmount", equalTo(5500.00f))
                .body("totalExpected", equalTo(24000.00f));
    }

    @Test
    void pricesPercentOfMedicareFromTheReferenceScheduleWithFacilityAndOfficeAmounts() {
        String locality = "L-" + UUID.randomUUID();
        String schedule = given().contentType("text/csv")
                .body("code,modifier,facility_amount,non_facility_amount\r\n62323,,400.00,520.00\r\n")
                .queryParam("name", "Quote test MPFS").queryParam("year", 2026).queryParam("locality", locality)
                .when().post("/api/v1/reference-fee-schedules")
                .then().statusCode(201).extract().path("id");
        String id = create(contract(UUID.randomUUID(), "Percent of Medicare",
                "[{\"code\":\"62323\",\"method\":\"PERCENT_OF_MEDICARE\",\"percent\":150}]",
                ",\"referenceScheduleId\":\"" + schedule + "\""));

        given().contentType(ContentType.JSON).body("""
                        {"dateOfService":"2026-02-02","lines":[
                          {"code":"62323","units":1,"placeOfService":"24","billedCharge":1500.00},
                          {"code":"62323","units":1,"placeOfService":"11","billedCharge":1500.00}]}""")
                .when().post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200)
                // ASC (24) is a facility: 150% of 400.00; office (11): 150% of 520.00
                .body("lines[0].expectedAmount", equalTo(600.00f))
                .body("lines[1].expectedAmount", equalTo(780.00f))
                .body("lines[0].rule", equalTo("PERCENT_OF_MEDICARE"));

        // A re-imported schedule prices the next quote: 150% of the new 420.00.
        given().contentType("text/csv").body("code,modifier,facility_amount,non_facility_amount\r\n62323,,420.00,520.00\r\n")
                .queryParam("name", "Quote test MPFS").queryParam("year", 2026).queryParam("locality", locality)
                .post("/api/v1/reference-fee-schedules").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"dateOfService\":\"2026-02-02\",\"lines\":[{\"code\":\"62323\",\"placeOfService\":\"24\",\"billedCharge\":1500.00}]}")
                .when().post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200).body("lines[0].expectedAmount", equalTo(630.00f));
    }

    @Test
    void pricesWithTheNewTermsRightAfterTheyChange() {
        UUID payor = UUID.randomUUID();
        String id = create(contract(payor, "Changing", "[{\"code\":\"62323\",\"amount\":600}]"));
        String claim = "{\"dateOfService\":\"2026-05-01\",\"lines\":[{\"code\":\"62323\",\"billedCharge\":2000}]}";
        given().contentType(ContentType.JSON).body(claim).post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200).body("totalExpected", equalTo(600.00f));

        given().header("If-Match", "*").contentType(ContentType.JSON).body(contract(payor, "Changing", "[{\"code\":\"62323\",\"amount\":640}]"))
                .put("/api/v1/contracts/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON).body(claim).post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200).body("totalExpected", equalTo(640.00f));
    }

    @Test
    void paysTheLesserOfTheRateAndEightyPercentOfChargesAndSaysWhichSideWon() {
        String id = create(contract(UUID.randomUUID(), "Lesser of 80%", """
                [{"code":"62323","amount":600},
                 {"code":"64483","amount":700,"lesserOfPercent":60}]""", ",\"lesserOfPercent\":80"));

        given().contentType(ContentType.JSON).body("""
                        {"dateOfService":"2026-05-01","lines":[
                          {"code":"62323","billedCharge":800.00},
                          {"code":"62323","billedCharge":700.00},
                          {"code":"64483","billedCharge":1100.00},
                          {"code":"72100","billedCharge":300.00}]}""")
                .when().post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200)
                // 800.00 x 80% = 640.00 > 600.00: the rate pays
                .body("lines[0].expectedAmount", equalTo(600.00f))
                .body("lines[0].rule", equalTo("FIXED"))
                .body("lines[0].lesserOf.percent", equalTo(80))
                .body("lines[0].lesserOf.chargeLimit", equalTo(640.00f))
                .body("lines[0].lesserOf.winner", equalTo("RATE"))
                // 700.00 x 80% = 560.00 < 600.00: charges pay
                .body("lines[1].expectedAmount", equalTo(560.00f))
                .body("lines[1].rule", equalTo("LESSER_OF_CHARGE"))
                .body("lines[1].lesserOf.winner", equalTo("CHARGES"))
                // the line's own 60%: 1100.00 x 60% = 660.00 < 700.00
                .body("lines[2].expectedAmount", equalTo(660.00f))
                .body("lines[2].lesserOf.percent", equalTo(60))
                .body("lines[2].lesserOf.winner", equalTo("CHARGES"))
                // unlisted, not covered: 0.00 is below 300.00 x 80% = 240.00
                .body("lines[3].expectedAmount", equalTo(0.00f))
                .body("lines[3].lesserOf.winner", equalTo("RATE"))
                // 600.00 + 560.00 + 660.00 + 0.00
                .body("totalExpected", equalTo(1820.00f));
        given().when().get("/api/v1/contracts/" + id)
                .then().statusCode(200)
                .body("baseTerms.lesserOf", equalTo(true))
                .body("baseTerms.lesserOfPercent", equalTo(80))
                .body("baseTerms.feeSchedule[1].lesserOfPercent", equalTo(60));
    }

    @Test
    void keepsYesNoLesserOfAtOneHundredPercentAndLeavesContractsWithoutItUntouched() {
        String yesNo = create(contract(UUID.randomUUID(), "Lesser of yes", "[{\"code\":\"62323\",\"amount\":600}]",
                ",\"lesserOf\":true"));
        String none = create(contract(UUID.randomUUID(), "No lesser of", "[{\"code\":\"62323\",\"amount\":600}]"));
        String claim = "{\"dateOfService\":\"2026-05-01\",\"lines\":[{\"code\":\"62323\",\"billedCharge\":550.00}]}";

        // 550.00 x 100% = 550.00 < 600.00
        given().contentType(ContentType.JSON).body(claim).post("/api/v1/contracts/" + yesNo + "/quote")
                .then().statusCode(200).body("totalExpected", equalTo(550.00f))
                .body("lines[0].lesserOf.percent", equalTo(100)).body("lines[0].lesserOf.winner", equalTo("CHARGES"));
        given().when().get("/api/v1/contracts/" + yesNo).then().body("baseTerms.lesserOfPercent", equalTo(100));
        given().contentType(ContentType.JSON).body(claim).post("/api/v1/contracts/" + none + "/quote")
                .then().statusCode(200).body("totalExpected", equalTo(600.00f))
                .body("lines[0].lesserOf", nullValue());
    }

    @Test
    void refusesALesserOfPercentageThatContradictsOrIsOutOfRangeNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Contradiction", "[]", ",\"lesserOf\":false,\"lesserOfPercent\":80"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lesserOfPercent"));
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Zero", "[]", ",\"lesserOfPercent\":0"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).body("errors[0].field", containsString("lesserOfPercent"));
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Line over", "[{\"code\":\"62323\",\"amount\":600,\"lesserOfPercent\":1000.5}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).body("errors[0].field", containsString("lesserOfPercent"));
    }

    @Test
    void refusesADateOfServiceOutsideTheContract() {
        given().contentType(ContentType.JSON)
                .body("{\"dateOfService\":\"2029-01-01\",\"lines\":[{\"code\":\"64483\",\"billedCharge\":100}]}")
                .when().post("/api/v1/contracts/" + create(SPINE) + "/quote")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("outside"))
                .body("errors[0].field", equalTo("dateOfService"));
    }

    @Test
    void answersAQuoteForAnUnknownContractWith404() {
        given().contentType(ContentType.JSON)
                .body("{\"dateOfService\":\"2026-05-01\",\"lines\":[{\"code\":\"64483\",\"billedCharge\":100}]}")
                .when().post("/api/v1/contracts/" + UUID.randomUUID() + "/quote")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void namesTheBadFieldsOfAQuoteLine() {
        given().contentType(ContentType.JSON)
                .body("{\"dateOfService\":\"2026-05-01\",\"lines\":[{\"code\":\"6448\",\"units\":0,\"billedCharge\":-5}]}")
                .when().post("/api/v1/contracts/" + create(SPINE) + "/quote")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("lines[0].code", "lines[0].units", "lines[0].billedCharge"));
    }
}
