package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorEvents;
import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Quotes addressed by payer and provider; every expected amount is worked out by hand in the comments. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ClaimQuoteResourceTest {

    private static final String TIN = "123456789";
    private static final String FACILITY_NPI = "1245319599";
    private static final String GROUP_NPI = "1234567893";

    /** An ASC contract of the payor for 2026-2028: 62323 at 600.00, lesser of that and 80% of charges. */
    private static String ascContract(UUID payor, String name, String npi, String linesOfBusiness) {
        return """
                {"payorId":"%s","name":"%s","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
                 "provider":{"name":"Riverbend ASC","tin":"%s","facilityNpi":"%s","billingClass":"FACILITY"},
                 "linesOfBusiness":%s,"lesserOfPercent":80,
                 "feeSchedule":[{"code":"62323","amount":600}]}""".formatted(payor, name, TIN, npi, linesOfBusiness);
    }

    private static String claim(String payer, String provider, String more) {
        return """
                {%s,"provider":%s,"billingClass":"FACILITY","dateOfService":"2026-05-01"%s,"lines":[
                  {"code":"62323","billedCharge":700.00},{"code":"62323","billedCharge":1000.00}]}"""
                .formatted(payer, provider, more);
    }

    /** Announces the payor with a new EDI payer id and waits until contract-service knows it (the payor needs a contract). */
    private static String knownEdiPayer(UUID payor) {
        String edi = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        PayorEvents.publish(PayorEvents.updated(payor, 1, PayorEvents.payor("Quote Mutual", edi)));
        // The payor's contract exists already, so the quote answers 200 once the event is applied.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().contentType(ContentType.JSON)
                        .body(claim("\"ediPayerId\":\"" + edi + "\"", "{\"tin\":\"" + TIN + "\"}", ""))
                        .post("/api/v1/quotes").then().extract().statusCode() == 200);
        return edi;
    }

    @Test
    void findsTheContractByEdiPayerIdAndNpiAndPricesItTheWayAQuoteByContractIdDoes() {
        UUID payor = UUID.randomUUID();
        String id = createActive(ascContract(payor, "Riverbend ASC 2026", FACILITY_NPI, "[\"PPO\"]"));
        String edi = knownEdiPayer(payor);

        given().contentType(ContentType.JSON)
                .body(claim("\"ediPayerId\":\"" + edi.toLowerCase() + "\"", "{\"npi\":\"" + FACILITY_NPI + "\"}",
                        ",\"lineOfBusiness\":\"PPO\""))
                .when().post("/api/v1/quotes")
                .then().statusCode(200)
                .body("contractId", equalTo(id))
                .body("contractName", equalTo("Riverbend ASC 2026"))
                .body("payorId", equalTo(payor.toString()))
                .body("termsName", equalTo("Base terms"))
                // 700.00 x 80% = 560.00 < 600.00: charges pay
                .body("lines[0].expectedAmount", equalTo(560.00f))
                .body("lines[0].lesserOf.winner", equalTo("CHARGES"))
                // 1000.00 x 80% = 800.00 > 600.00: the rate pays
                .body("lines[1].expectedAmount", equalTo(600.00f))
                .body("lines[1].lesserOf.winner", equalTo("RATE"))
                .body("totalExpected", equalTo(1160.00f));

        String termsId = given().contentType(ContentType.JSON)
                .body("{\"dateOfService\":\"2026-05-01\",\"lines\":[{\"code\":\"62323\",\"billedCharge\":700.00},"
                        + "{\"code\":\"62323\",\"billedCharge\":1000.00}]}")
                .post("/api/v1/contracts/" + id + "/quote").then().statusCode(200)
                .body("totalExpected", equalTo(1160.00f)).extract().path("termsId");
        given().contentType(ContentType.JSON)
                .body(claim("\"payorId\":\"" + payor + "\"", "{\"tin\":\"" + TIN + "\"}", ""))
                .post("/api/v1/quotes").then().statusCode(200)
                .body("termsId", equalTo(termsId)).body("totalExpected", equalTo(1160.00f));
    }

    @Test
    void answers404WhenNoContractAppliesNamingWhatWasSearched() {
        UUID payor = UUID.randomUUID();
        createActive(ascContract(payor, "Riverbend PPO only", FACILITY_NPI, "[\"PPO\"]"));
        String payer = "\"payorId\":\"" + payor + "\"";

        // another NPI, another line of business, a date after the contract, a class it does not bill
        for (String body : new String[]{
                claim(payer, "{\"npi\":\"" + GROUP_NPI + "\"}", ""),
                claim(payer, "{\"tin\":\"" + TIN + "\"}", ",\"lineOfBusiness\":\"MEDICAID\""),
                claim(payer, "{\"tin\":\"" + TIN + "\"}", "").replace("2026-05-01", "2029-01-01"),
                claim(payer, "{\"tin\":\"" + TIN + "\"}", "").replace("FACILITY", "PROFESSIONAL")}) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/quotes")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("payor " + payor));
        }
        given().contentType(ContentType.JSON).body(claim("\"ediPayerId\":\"NOSUCHPAYER1\"", "{\"tin\":\"" + TIN + "\"}", ""))
                .post("/api/v1/quotes").then().statusCode(404).body("detail", containsString("NOSUCHPAYER1"));
    }

    @Test
    void answers409NamingTheCandidatesWhenSeveralContractsApplyAndTheNpiNarrowsToOne() {
        UUID payor = UUID.randomUUID();
        String first = createActive(ascContract(payor, "North campus", FACILITY_NPI, "[]"));
        String second = createActive(ascContract(payor, "South campus", GROUP_NPI, "[]"));
        String payer = "\"payorId\":\"" + payor + "\"";

        given().contentType(ContentType.JSON).body(claim(payer, "{\"tin\":\"" + TIN + "\"}", ""))
                .post("/api/v1/quotes").then().statusCode(409).contentType("application/problem+json")
                .body("candidates", hasSize(2))
                .body("candidates.contractId", containsInAnyOrder(first, second))
                .body("candidates.name", containsInAnyOrder("North campus", "South campus"));
        given().contentType(ContentType.JSON).body(claim(payer, "{\"tin\":\"" + TIN + "\",\"npi\":\"" + GROUP_NPI + "\"}", ""))
                .post("/api/v1/quotes").then().statusCode(200).body("contractId", equalTo(second));
    }

    @Test
    void needsAPayerAndAProviderIdentifierNamingEachMissingField() {
        given().contentType(ContentType.JSON).body(claim("\"lineOfBusiness\":\"PPO\"", "{}", ""))
                .post("/api/v1/quotes").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("payorId", "provider"));
        given().contentType(ContentType.JSON)
                .body(claim("\"payorId\":\"" + UUID.randomUUID() + "\"", "{\"npi\":\"1234567890\"}", ""))
                .post("/api/v1/quotes").then().statusCode(400).body("errors[0].field", equalTo("provider.npi"));
    }

    @Test
    void quotesABatchGivingEachClaimItsOwnOutcome() {
        UUID payor = UUID.randomUUID();
        String north = createActive(ascContract(payor, "Batch north", FACILITY_NPI, "[]"));
        createActive(ascContract(payor, "Batch south", GROUP_NPI, "[]"));
        String payer = "\"payorId\":\"" + payor + "\"";
        String batch = "{\"claims\":[" + String.join(",",
                claim(payer, "{\"npi\":\"" + FACILITY_NPI + "\"}", ""),
                claim(payer, "{\"tin\":\"" + TIN + "\"}", ""),
                claim(payer, "{\"tin\":\"" + TIN + "\"}", "").replace("2026-05-01", "2031-01-01"),
                claim("\"lineOfBusiness\":\"PPO\"", "{\"npi\":\"" + FACILITY_NPI + "\"}", "")) + "]}";

        given().contentType(ContentType.JSON).body(batch).post("/api/v1/quotes/batch")
                .then().statusCode(200)
                .body("quoted", equalTo(1))
                .body("failed", equalTo(3))
                .body("results.status", equalTo(java.util.List.of(200, 409, 404, 400)))
                .body("results.index", equalTo(java.util.List.of(0, 1, 2, 3)))
                .body("results[0].quote.contractId", equalTo(north))
                // 560.00 + 600.00, as for a single quote
                .body("results[0].quote.totalExpected", equalTo(1160.00f))
                .body("results[1].candidates", hasSize(2))
                .body("results[1].problem.status", equalTo(409))
                .body("results[2].problem.type", equalTo("https://payorcontracts.dev/problems/not-found"))
                .body("results[3].problem.errors[0].field", equalTo("claims[3].payorId"));
    }

    @Test
    void refusesABatchOfMoreThanAThousandClaims() {
        String one = claim("\"payorId\":\"" + UUID.randomUUID() + "\"", "{\"tin\":\"" + TIN + "\"}", "");
        String batch = "{\"claims\":[" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]}";
        given().contentType(ContentType.JSON).body(batch).post("/api/v1/quotes/batch")
                .then().statusCode(400).body("errors[0].field", equalTo("claims"));
    }

    @Test
    void letsBillingIntegrationQuoteByPayerAndProviderButNotAViewer() {
        UUID payor = UUID.randomUUID();
        createActive(ascContract(payor, "Roles ASC", FACILITY_NPI, "[]"));
        String body = claim("\"payorId\":\"" + payor + "\"", "{\"npi\":\"" + FACILITY_NPI + "\"}", "");
        for (String role : new String[]{"billing-integration", "contract-manager", "analyst"}) {
            as(role).contentType(ContentType.JSON).body(body).post("/api/v1/quotes").then().statusCode(200)
                    .body("totalExpected", equalTo(1160.00f));
            as(role).contentType(ContentType.JSON).body("{\"claims\":[" + body + "]}").post("/api/v1/quotes/batch")
                    .then().statusCode(200).body("quoted", equalTo(1));
        }
        as("viewer").contentType(ContentType.JSON).body(body).post("/api/v1/quotes").then().statusCode(403);
        as("viewer").contentType(ContentType.JSON).body("{\"claims\":[" + body + "]}").post("/api/v1/quotes/batch")
                .then().statusCode(403);
    }
}
