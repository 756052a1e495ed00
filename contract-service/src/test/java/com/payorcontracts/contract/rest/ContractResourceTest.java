package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(contract(payorId, "Pain 2026 rev", "[{\"code\":\"64493\",\"amount\":430.25},{\"code\":\"64494\",\"amount\":200}]"))
                .when().put("/api/v1/contracts/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Pain 2026 rev"))
                .body("version", equalTo(2))
                .body("baseTerms.feeSchedule", hasSize(2))
                .body("baseTerms.feeSchedule[0].amount", equalTo(430.25f));
    }

    @Test
    void guardsEveryChangeWithTheETagOfTheVersionRead() {
        UUID payorId = UUID.randomUUID();
        String body = contract(payorId, "Guarded 2026", "[{\"code\":\"64493\",\"amount\":410}]");
        String id = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts").then().statusCode(201).header("ETag", equalTo("W/\"1\"")).extract().path("id");
        String path = "/api/v1/contracts/" + id;
        given().get(path).then().statusCode(200).header("ETag", equalTo("W/\"1\""));
        given().header("If-None-Match", "W/\"1\"").get(path).then().statusCode(304);

        given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "W/\"1\"").contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(200).header("ETag", equalTo("W/\"2\""));
        // Someone else's edit landed in between: the stale tag is refused and the current one named.
        given().header("If-Match", "W/\"1\"").contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(412).contentType(PROBLEM)
                .header("ETag", equalTo("W/\"2\""))
                .body("currentETag", equalTo("W/\"2\""));
        given().header("If-Match", "W/\"1\"").contentType("text/csv").body("code,method,amount\n64493,FIXED,1\n")
                .put(path + "/fee-schedule").then().statusCode(412);
        given().header("If-Match", "W/\"1\"").contentType(ContentType.JSON).body("{\"status\":\"NEGOTIATING\"}")
                .post(path + "/status").then().statusCode(412);
        given().get(path).then().body("version", equalTo(2)).body("status", equalTo("DRAFT"));
    }

    @Test
    void createsOneContractForOneIdempotencyKey() {
        UUID payorId = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = contract(payorId, "Once 2026", "[{\"code\":\"64493\",\"amount\":410}]");
        String location = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts").then().statusCode(201).extract().header("Location");

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(location));
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(contract(payorId, "Another", "[]"))
                .post("/api/v1/contracts").then().statusCode(422).contentType(PROBLEM);

        given().queryParam("payorId", payorId).get("/api/v1/contracts").then().body("totalItems", equalTo(1));
    }

    @Test
    void namesEveryBadFieldOfABodyInOneAnswerInTheApisWords() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"payorId":"%s","name":" ","effectiveDate":"31/01/2026","expirationDate":"2028-12-31",
                         "renewalNoticeDays":"soon","feeSchedule":[]}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("effectiveDate", "name", "renewalNoticeDays"))
                .body("errors.find { it.field == 'effectiveDate' }.message", equalTo("'31/01/2026' is not a date as YYYY-MM-DD"))
                .body("errors.find { it.field == 'renewalNoticeDays' }.message", equalTo("'soon' is not a whole number"));
    }

    @Test
    void namesEveryBadOrUnknownQueryParameterWith400() {
        given().queryParam("status", "BOGUS").get("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("one of DRAFT, NEGOTIATING"));
        given().queryParam("nmae", "Spine").queryParam("payorId", "not-a-uuid").get("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("nmae", "payorId"));
        given().queryParam("asOf", "31/01/2026").get("/api/v1/contracts/" + UUID.randomUUID() + "/terms")
                .then().statusCode(400).body("errors[0].message", equalTo("must be a date as YYYY-MM-DD"));
    }

    @Test
    void refusesToMoveAContractToAnotherPayor() {
        String id = given().contentType(ContentType.JSON)
                .body(contract(UUID.randomUUID(), "Fixed payor", "[]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");

        given().header("If-Match", "*").contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Fixed payor", "[]"))
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
    void readsTheFormerExchangeAsMarketplaceAndNamesTheAcceptedLinesOfBusiness() {
        String id = given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Former names", "[]",
                        ",\"linesOfBusiness\":[\"EXCHANGE\",\"DUAL_ELIGIBLE\"]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/contracts/" + id)
                .then().statusCode(200).body("linesOfBusiness", equalTo(java.util.List.of("MARKETPLACE", "DUAL_ELIGIBLE")));

        given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Gold", "[]", ",\"linesOfBusiness\":[\"GOLD\"]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("linesOfBusiness[0]"))
                .body("errors[0].message", containsString("MARKETPLACE"));
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
