package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.ReferenceScheduleChanged;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Claims in over JSON: stored once, matched to their contract, priced line by line; bad input named field by field. */
@QuarkusTest
class ClaimResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static String claim(String claimId, UUID payorId, String patientId, String lines) {
        return """
                {"claimId":"%s","payorId":"%s","providerTin":"123456789","patientId":"%s","submissionDate":"2026-03-02",
                 "lines":[%s]}""".formatted(claimId, payorId, patientId, lines);
    }

    private static String line(String code, String date, String charge) {
        return """
                {"code":"%s","units":1,"placeOfService":"22","dateOfService":"%s","billedCharge":%s}""".formatted(code, date, charge);
    }

    @Test
    void pricesEachLineOfAClaimWithTheContractOfItsPayorInForceOnTheDateOfService() {
        UUID payor = UUID.randomUUID();
        UUID contract = Fixtures.contract(payor, null,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")),
                Fixtures.rates("2026-07-01", null, Fixtures.fixed("62323", "650.00"), Fixtures.fixed("64483", "720.00")));

        given().contentType(ContentType.JSON)
                .body(claim("PCN-1", payor, "MRN-1", line("62323", "2026-03-01", "1500.00") + "," + line("64483", "2026-03-01", "2400")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/analytics/claims/"))
                .body("contractId", equalTo(contract.toString()))
                .body("contractMatch", equalTo("MATCHED"))
                .body("totalExpected", equalTo(1310.40f))
                .body("lines[0].expected", equalTo(612.40f))
                .body("lines[0].rule", equalTo("FIXED"))
                .body("lines[0].pricing", equalTo("PRICED"))
                .body("lines[1].expected", equalTo(698.00f))
                .body("lines[1].remitted", equalTo(false));

        // After the amendment's effective date the amended rates apply.
        given().contentType(ContentType.JSON)
                .body(claim("PCN-2", payor, "MRN-1", line("62323", "2026-08-03", "1500.00")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(201)
                .body("lines[0].expected", equalTo(650.00f));
    }

    @Test
    void answersTheSameClaimPostedAgainWith200AndTheFirstOneAndSameIdOtherContentWith409() {
        UUID payor = UUID.randomUUID();
        String body = claim("PCN-DUP", payor, "MRN-2", line("62323", "2026-03-01", "1500.00"));
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/analytics/claims")
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/analytics/claims")
                .then().statusCode(200).body("id", equalTo(id));

        given().contentType(ContentType.JSON)
                .body(claim("PCN-DUP", payor, "MRN-2", line("62323", "2026-03-01", "1700.00")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(409).contentType("application/problem+json");

        given().queryParam("payorId", payor).when().get("/api/v1/analytics/claims")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void neverMatchesAClaimToADraftContractWhichWasNeverInForce() {
        UUID payor = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        Fixtures.publishContract(new ContractChanged.V1(UUID.randomUUID(), draft, 1, Instant.now(),
                ContractChanged.ChangeKind.CREATED, new ContractChanged.ContractTerms(payor, "Draft only", "DRAFT",
                LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), null, null, null, null,
                List.of(Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"))))));
        Fixtures.awaitStatus("/api/v1/analytics/contracts/" + draft, 200);

        given().contentType(ContentType.JSON)
                .body(claim("PCN-DRAFT", payor, "MRN-9", line("62323", "2026-03-01", "1500.00")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(201)
                .body("contractMatch", equalTo("UNMATCHED"))
                .body("contractId", nullValue());
    }

    @Test
    void keepsAClaimNoContractCoversAndListsItAsUnmatched() {
        UUID payor = UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(claim("PCN-ORPHAN", payor, "MRN-3", line("62323", "2026-03-01", "1500.00")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(201)
                .body("contractMatch", equalTo("UNMATCHED"))
                .body("contractId", nullValue())
                .body("lines[0].pricing", equalTo("NO_CONTRACT"))
                .extract().path("id");

        given().queryParam("contractMatch", "UNMATCHED").queryParam("payorId", payor)
                .when().get("/api/v1/analytics/claims")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void pricesACodeTheFeeScheduleDoesNotListByTheDefaultRule() {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40")));

        given().contentType(ContentType.JSON)
                .body(claim("PCN-UNLISTED", payor, "MRN-4", line("99213", "2026-03-01", "180.00")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(201)
                .body("lines[0].expected", equalTo(0.00f))
                .body("lines[0].rule", equalTo("DEFAULT_NOT_COVERED"));
    }

    @Test
    void pricesPercentOfMedicareLinesAgainstTheReferenceScheduleFromItsEvent() {
        UUID payor = UUID.randomUUID();
        UUID schedule = UUID.randomUUID();
        Fixtures.publishSchedule(new ReferenceScheduleChanged.V1(UUID.randomUUID(), schedule, 1, Instant.now(),
                "Medicare PFS 2026 locality 01", 2026, "01",
                List.of(new ReferenceScheduleChanged.Row("64483", null, new BigDecimal("200.00"), new BigDecimal("400.00")))));
        Fixtures.awaitStatus("/api/v1/analytics/reference-schedules/" + schedule, 200);
        ContractChanged.FeeScheduleLine percent = new ContractChanged.FeeScheduleLine("64483", null, null, null,
                "PERCENT_OF_MEDICARE", null, new BigDecimal("150"), List.of(), false, null);
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", schedule, percent));

        // Place of service 22 is a facility setting: 150% of the facility fee.
        given().contentType(ContentType.JSON)
                .body(claim("PCN-MCR", payor, "MRN-5", line("64483", "2026-03-01", "2400.00")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(201)
                .body("lines[0].expected", equalTo(300.00f))
                .body("lines[0].rule", equalTo("PERCENT_OF_MEDICARE"));
    }

    @Test
    void rejectsAClaimNamingEachBadFieldAndStoresNothing() {
        UUID payor = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("""
                        {"claimId":"PCN-BAD","payorId":"%s","providerTin":"12-345",
                         "lines":[{"code":"6232","modifiers":["5O0"],"dateOfService":"2026-03-01","billedCharge":-1}]}"""
                        .formatted(payor))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[0].code"))
                .body("errors.field", hasItem("lines[0].modifiers[0]"))
                .body("errors.field", hasItem("lines[0].billedCharge"))
                .body("errors.field", hasItem("providerTin"));

        given().contentType(ContentType.JSON).body("{\"claimId\":\"X\",\"payorId\":\"" + payor + "\",\"lines\":[],\"color\":1}")
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("color"));

        given().queryParam("payorId", payor).when().get("/api/v1/analytics/claims")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void storesABatchAllOrNothingAndReportsEachClaimsOutcome() {
        UUID payor = UUID.randomUUID();
        String first = claim("B-1", payor, "P1", line("62323", "2026-03-01", "100.00"));
        given().contentType(ContentType.JSON).body(first).when().post("/api/v1/analytics/claims").then().statusCode(201);

        given().contentType(ContentType.JSON)
                .body("{\"claims\":[" + first + "," + claim("B-2", payor, "P2", line("62323", "2026-03-01", "100.00"))
                        + "," + claim("B-2", payor, "P2", line("62323", "2026-03-01", "100.00")) + "]}")
                .when().post("/api/v1/analytics/claims/batch")
                .then().statusCode(200)
                .body("created", equalTo(1))
                .body("duplicates", equalTo(2))
                .body("results.outcome", equalTo(List.of("DUPLICATE", "CREATED", "DUPLICATE")));

        given().contentType(ContentType.JSON)
                .body("{\"claims\":[" + claim("B-3", payor, "P3", line("62323", "2026-03-01", "100.00")) + ","
                        + claim("B-4", payor, "P4", line("ABCDE", "2026-03-01", "100.00")) + "]}")
                .when().post("/api/v1/analytics/claims/batch")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("claims[1].lines[0].code"));

        given().queryParam("payorId", payor).when().get("/api/v1/analytics/claims")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void replaysTheFirstAnswerToARetriedIdempotencyKeyAndRefusesTheKeyForAnotherRequest() {
        UUID payor = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = claim("IK-1", payor, "P1", line("62323", "2026-03-01", "100.00"));
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/analytics/claims").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(claim("IK-2", payor, "P1", line("62323", "2026-03-01", "100.00")))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void storesNoPatientIdentifierOnlyItsKeyedHash() throws Exception {
        UUID payor = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(claim("PRIV-1", payor, "MRN-SECRET-99871", line("62323", "2026-03-01", "100.00")))
                .when().post("/api/v1/analytics/claims").then().statusCode(201)
                .body("patientId", nullValue());

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT c::text, c.patient_key FROM claim c WHERE claim_ref = 'PRIV-1'")) {
            rs.next();
            assertThat(rs.getString(1)).doesNotContain("MRN-SECRET-99871");
            assertThat(rs.getString(2)).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void answersAnUnknownClaimWith404() {
        given().when().get("/api/v1/analytics/claims/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/analytics/claims?size=500")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
