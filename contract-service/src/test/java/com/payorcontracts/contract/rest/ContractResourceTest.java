package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ContractResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createsAContractWithItsFeeScheduleAsADraft() {
        UUID payorId = UUID.randomUUID();
        String location = given().contentType(ContentType.JSON)
                .body(contract(payorId, "Spine 2026",
                        "[{\"code\":\"62323\",\"amount\":612.4},{\"code\":\"64483\",\"modifier\":\"50\",\"amount\":845}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/contracts/"))
                .body("id", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("payorId", equalTo(payorId.toString()))
                .body("name", equalTo("Spine 2026"))
                .body("effectiveDate", equalTo("2026-01-01"))
                .body("baseTerms.feeSchedule", hasSize(2))
                .body("baseTerms.feeSchedule[0].code", equalTo("62323"))
                .body("baseTerms.feeSchedule[0].method", equalTo("FIXED"))
                .body("baseTerms.feeSchedule[0].amount", equalTo(612.40f))
                .body("baseTerms.feeSchedule[1].modifier", equalTo("50"))
                .body("baseTerms.defaultRule.method", equalTo("NOT_COVERED"));
    }

    @Test
    void replacesTermsAndMovesTheVersionOn() {
        UUID payorId = UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(contract(payorId, "Pain 2026", "[{\"code\":\"64493\",\"amount\":410}]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON)
                .body(contract(payorId, "Pain 2026 rev", "[{\"code\":\"64493\",\"amount\":430.25},{\"code\":\"64494\",\"amount\":200}]"))
                .when().put("/api/v1/contracts/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Pain 2026 rev"))
                .body("version", equalTo(2))
                .body("baseTerms.feeSchedule", hasSize(2))
                .body("baseTerms.feeSchedule[0].amount", equalTo(430.25f));
    }

    @Test
    void refusesToMoveAContractToAnotherPayor() {
        String id = given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Fixed payor", "[]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Fixed payor", "[]"))
                .when().put("/api/v1/contracts/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("payorId"));
    }

    @Test
    void namesEachBadFeeScheduleField() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Bad lines",
                        "[{\"code\":\"6232\",\"amount\":1},{\"code\":\"62323\",\"modifier\":\"5\",\"amount\":-3}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("feeSchedule[0].code"))
                .body("errors.field", hasItem("feeSchedule[1].modifier"))
                .body("errors.field", hasItem("feeSchedule[1].amount"));
    }

    @Test
    void rejectsAModifierNoClaimWillCarry() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Typo modifier", "[{\"code\":\"62323\",\"modifier\":\"ZZ\",\"amount\":1}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("feeSchedule[0].modifier"))
                .body("errors[0].message", containsString("not a known modifier"));
    }

    @Test
    void rejectsAnAmountWithFractionsOfACent() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Sub-cent", "[{\"code\":\"62323\",\"amount\":10.005}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("feeSchedule[0].amount"));
    }

    @Test
    void rejectsTheSameCodeAndModifierTwice() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Twice",
                        "[{\"code\":\"62323\",\"amount\":1},{\"code\":\"62323\",\"amount\":2}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("feeSchedule[1]"));
    }

    @Test
    void rejectsAnExpirationBeforeTheEffectiveDate() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"payorId":"%s","name":"Backwards","effectiveDate":"2027-01-01","expirationDate":"2026-12-31"}"""
                        .formatted(UUID.randomUUID()))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("expirationDate"));
    }

    @Test
    void rejectsADateThatIsNotIso() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"payorId":"%s","name":"US date","effectiveDate":"01/01/2026","expirationDate":"2026-12-31"}"""
                        .formatted(UUID.randomUUID()))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("effectiveDate"));
    }

    @Test
    void refusesAPayorThatPayorServiceDoesNotKnow() {
        given().contentType(ContentType.JSON)
                .body(contract(UUID.fromString(com.payorcontracts.contract.ContractJson.UNKNOWN_PAYOR_PREFIX + "000000000001"), "Ghost", "[]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("payorId"));
    }

    @Test
    void keepsTheFullTermsOfAContract() {
        String id = given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Full terms", "[]", """
                        ,"provider":{"name":"Riverbend ASC","tin":"123456789","facilityNpi":"1245319599","billingClass":"FACILITY"},
                         "linesOfBusiness":["PPO","MEDICARE_ADVANTAGE"],"autoRenew":true,"renewalNoticeDays":90,
                         "terminationNoticeDays":120,
                         "paymentTerms":{"cleanClaimPaymentDays":30,"lateInterestRatePercent":12,"timelyFilingDays":90,"appealWindowDays":180},
                         "lesserOf":true,"stopLoss":{"threshold":75000,"percent":65}"""))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/contracts/" + id)
                .then().statusCode(200)
                .body("provider.facilityNpi", equalTo("1245319599"))
                .body("provider.billingClass", equalTo("FACILITY"))
                .body("linesOfBusiness", equalTo(java.util.List.of("PPO", "MEDICARE_ADVANTAGE")))
                .body("autoRenew", equalTo(true))
                .body("paymentTerms.cleanClaimPaymentDays", equalTo(30))
                .body("baseTerms.lesserOf", equalTo(true))
                .body("baseTerms.stopLoss.percent", equalTo(65));
    }

    @Test
    void rejectsAnNpiWithAWrongCheckDigitAndAMalformedTin() {
        given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Bad ids", "[]",
                        ",\"provider\":{\"tin\":\"12-345\",\"groupNpi\":\"1234567890\"}"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("provider.tin", "provider.groupNpi"));
    }

    @Test
    void rejectsAnEscalatorTheEngineWouldRefuseNamingIt() {
        given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Bad escalator", "[]",
                        ",\"escalator\":{\"annualPercent\":3,\"firstAnniversary\":\"2027-01-01\",\"years\":0}"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("escalator"));
    }

    @Test
    void rejectsAPercentLineWithoutItsPercent() {
        given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "No percent",
                        "[{\"code\":\"62323\",\"method\":\"PERCENT_OF_CHARGES\"}]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).body("errors[0].field", equalTo("feeSchedule[0]"));
    }

    @Test
    void answersAnUnknownContractWith404() {
        given().when().get("/api/v1/contracts/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void listsTheContractsOfOnePayor() {
        UUID payorId = UUID.randomUUID();
        for (String name : new String[]{"B contract", "A contract"}) {
            given().contentType(ContentType.JSON).body(contract(payorId, name, "[]"))
                    .post("/api/v1/contracts").then().statusCode(201);
        }

        given().queryParam("payorId", payorId.toString())
                .when().get("/api/v1/contracts")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.name", equalTo(java.util.List.of("A contract", "B contract")))
                .body("items[0].baseTerms", org.hamcrest.Matchers.nullValue());
    }
}
