package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class AmendmentResourceTest {

    private static final String SCHEDULE = "[{\"code\":\"62323\",\"amount\":600},{\"code\":\"64484\",\"amount\":240}]";

    private static String active() {
        return createActive(contract(UUID.randomUUID(), "Amended", SCHEDULE,
                ",\"stopLoss\":{\"threshold\":50000,\"percent\":60},\"escalator\":{\"annualPercent\":3,\"firstAnniversary\":\"2027-01-01\",\"years\":3}"));
    }

    private static void amend(String id, String body, int expected) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(expected);
    }

    @Test
    void changesTheTermsFromItsEffectiveDateOnAndLeavesEarlierDatesAlone() {
        String id = active();

        given().contentType(ContentType.JSON).body("""
                        {"name":"2027 rates","effectiveDate":"2027-01-01",
                         "feeScheduleUpserts":[{"code":"62323","amount":650}],"feeScheduleRemovals":[{"code":"64484"}],
                         "stopLoss":{"threshold":60000,"percent":65},"clear":["escalator"]}""")
                .when().post("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(201)
                .header("Location", containsString("/terms?asOf=2027-01-01"))
                .body("kind", equalTo("AMENDMENT"))
                .body("feeSchedule", hasSize(1));

        given().queryParam("asOf", "2026-12-31").when().get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(200)
                .body("terms.kind", equalTo("BASE"))
                .body("terms.feeSchedule", hasSize(2))
                .body("terms.stopLoss.threshold", equalTo(50000))
                .body("terms.escalator.annualPercent", equalTo(3));
        given().queryParam("asOf", "2027-01-01").when().get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(200)
                .body("terms.name", equalTo("2027 rates"))
                .body("terms.feeSchedule[0].amount", equalTo(650.0f))
                .body("terms.feeSchedule", hasSize(1))
                .body("terms.stopLoss.threshold", equalTo(60000))
                .body("terms.escalator", nullValue());
        given().when().get("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(200).body("items", hasSize(1)).body("totalItems", equalTo(1)).body("items[0].effectiveFrom", equalTo("2027-01-01"));
        given().when().get("/api/v1/contracts/" + id).then().body("version", equalTo(4)).body("amendments", hasSize(1));
    }

    @Test
    void turnsLesserOfOnAtAPercentageFromTheAmendmentsDateAndKeepsItUntilTurnedOff() {
        String id = active();

        amend(id, "{\"name\":\"80% cap\",\"effectiveDate\":\"2027-06-01\",\"lesserOfPercent\":80}", 201);
        amend(id, "{\"name\":\"Still capped\",\"effectiveDate\":\"2027-09-01\",\"lesserOf\":true}", 201);
        amend(id, "{\"name\":\"Uncapped\",\"effectiveDate\":\"2028-01-01\",\"lesserOf\":false}", 201);

        given().queryParam("asOf", "2027-05-31").get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(200).body("terms.lesserOf", equalTo(false)).body("terms.lesserOfPercent", nullValue());
        given().queryParam("asOf", "2027-06-01").get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(200).body("terms.lesserOf", equalTo(true)).body("terms.lesserOfPercent", equalTo(80));
        given().queryParam("asOf", "2027-09-01").get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(200).body("terms.lesserOfPercent", equalTo(80));
        given().queryParam("asOf", "2028-01-01").get("/api/v1/contracts/" + id + "/terms")
                .then().statusCode(200).body("terms.lesserOf", equalTo(false)).body("terms.lesserOfPercent", nullValue());
        // 2027-07-01 is past the first anniversary: 600.00 x 1.03 = 618.00; 700.00 x 80% = 560.00 pays
        given().contentType(ContentType.JSON)
                .body("{\"dateOfService\":\"2027-07-01\",\"lines\":[{\"code\":\"62323\",\"billedCharge\":700.00}]}")
                .post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200).body("totalExpected", equalTo(560.00f))
                .body("lines[0].lesserOf.winner", equalTo("CHARGES"));
    }

    @Test
    void renewsAnActiveContractAsAnAmendmentThatMovesItsExpirationAndKeepsTheHistory() {
        String id = createActive(contract(UUID.randomUUID(), "Renewing", SCHEDULE));
        String after = "{\"dateOfService\":\"2029-03-01\",\"lines\":[{\"code\":\"62323\",\"billedCharge\":2000.00}]}";
        given().contentType(ContentType.JSON).body(after).post("/api/v1/contracts/" + id + "/quote").then().statusCode(422);

        given().contentType(ContentType.JSON).body("""
                        {"name":"Renewal 2029-2031","effectiveDate":"2029-01-01","newExpirationDate":"2031-12-31",
                         "feeScheduleUpserts":[{"code":"62323","amount":630}]}""")
                .when().post("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(201).body("newExpirationDate", equalTo("2031-12-31"));

        given().when().get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("expirationDate", equalTo("2031-12-31"))
                .body("amendments[0].name", equalTo("Renewal 2029-2031"))
                .body("amendments[0].newExpirationDate", equalTo("2031-12-31"));
        // the renewal's rate from 2029-01-01; the base rate before
        given().contentType(ContentType.JSON).body(after).post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200).body("totalExpected", equalTo(630.00f)).body("termsName", equalTo("Renewal 2029-2031"));
        given().contentType(ContentType.JSON)
                .body("{\"dateOfService\":\"2028-06-01\",\"lines\":[{\"code\":\"62323\",\"billedCharge\":2000.00}]}")
                .post("/api/v1/contracts/" + id + "/quote").then().statusCode(200).body("totalExpected", equalTo(600.00f));
    }

    @Test
    void refusesARenewalThatDoesNotExtendTheContractOrStartsAfterItsNewEnd() {
        String id = createActive(contract(UUID.randomUUID(), "Not extended", SCHEDULE));

        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Shorter\",\"effectiveDate\":\"2027-01-01\",\"newExpirationDate\":\"2028-12-31\"}")
                .when().post("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("newExpirationDate"))
                .body("errors[0].message", containsString("2028-12-31"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Too late\",\"effectiveDate\":\"2030-01-01\",\"newExpirationDate\":\"2029-12-31\"}")
                .when().post("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(422).body("errors[0].field", equalTo("effectiveDate"));
        given().when().get("/api/v1/contracts/" + id).then().body("expirationDate", equalTo("2028-12-31"));
    }

    @Test
    void keepsAnEvergreenContractPricingUnderItsLastTermsEachRenewalPeriodUntilTerminated() {
        // A one-year term that ended three years ago: today lies in its third one-year renewal period.
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String id = createActive("""
                {"payorId":"%s","name":"Evergreen","effectiveDate":"%d-01-01","expirationDate":"%d-12-31",
                 "autoRenew":true,"renewalNoticeDays":90,"terminationNoticeDays":120,
                 "feeSchedule":[{"code":"62323","amount":600}]}""".formatted(UUID.randomUUID(), year - 3, year - 3));
        String today = "{\"dateOfService\":\"" + LocalDate.now(ZoneOffset.UTC)
                + "\",\"lines\":[{\"code\":\"62323\",\"billedCharge\":2000.00}]}";

        given().contentType(ContentType.JSON).body(today).post("/api/v1/contracts/" + id + "/quote")
                .then().statusCode(200).body("totalExpected", equalTo(600.00f));
        // Dec 31 - 90 days = Oct 2; - 120 days = Sep 2
        given().when().get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("currentTerm.renewalPeriod", equalTo(3))
                .body("currentTerm.start", equalTo(year + "-01-01"))
                .body("currentTerm.end", equalTo(year + "-12-31"))
                .body("currentTerm.renewalNoticeDate", equalTo(year + "-10-02"))
                .body("currentTerm.terminationNoticeDate", equalTo(year + "-09-02"));

        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"TERMINATED\",\"reason\":\"notice given\"}")
                .post("/api/v1/contracts/" + id + "/status").then().statusCode(200);

        given().contentType(ContentType.JSON).body(today).post("/api/v1/contracts/" + id + "/quote").then().statusCode(422);
        given().when().get("/api/v1/contracts/" + id).then().body("currentTerm", nullValue());
    }

    @Test
    void refusesAnAmendmentThatOverlapsTheLatestOne() {
        String id = active();
        amend(id, "{\"name\":\"First\",\"effectiveDate\":\"2027-06-01\",\"lesserOf\":true}", 201);

        given().contentType(ContentType.JSON).body("{\"name\":\"Earlier\",\"effectiveDate\":\"2027-03-01\",\"lesserOf\":false}")
                .when().post("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("overlaps 'First'"));
        amend(id, "{\"name\":\"Same day\",\"effectiveDate\":\"2027-06-01\"}", 409);
    }

    @Test
    void refusesAnAmendmentOutsideTheContract() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Too late\",\"effectiveDate\":\"2029-01-01\"}")
                .when().post("/api/v1/contracts/" + active() + "/amendments")
                .then().statusCode(422).body("errors[0].field", equalTo("effectiveDate"));
    }

    @Test
    void refusesToAmendADraft() {
        String id = create(contract(UUID.randomUUID(), "Still a draft", "[]"));

        given().contentType(ContentType.JSON).body("{\"name\":\"Early\",\"effectiveDate\":\"2027-01-01\"}")
                .when().post("/api/v1/contracts/" + id + "/amendments")
                .then().statusCode(409).body("detail", containsString("PUT"));
    }

    @Test
    void refusesToRemoveALineThatIsNotInForce() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Remove\",\"effectiveDate\":\"2027-01-01\",\"feeScheduleRemovals\":[{\"code\":\"99213\"}]}")
                .when().post("/api/v1/contracts/" + active() + "/amendments")
                .then().statusCode(400).body("errors[0].field", equalTo("feeScheduleRemovals[0]"));
    }

    @Test
    void rejectsANegativeAmountInAnAmendment() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Negative\",\"effectiveDate\":\"2027-01-01\",\"feeScheduleUpserts\":[{\"code\":\"62323\",\"amount\":-1}]}")
                .when().post("/api/v1/contracts/" + active() + "/amendments")
                .then().statusCode(400).body("errors[0].field", equalTo("feeScheduleUpserts[0].amount"));
    }

    @Test
    void answersTermsForADateOutsideTheContractWith422() {
        given().queryParam("asOf", "2025-12-31").when().get("/api/v1/contracts/" + active() + "/terms")
                .then().statusCode(422).body("errors[0].field", equalTo("asOf"));
    }
}
