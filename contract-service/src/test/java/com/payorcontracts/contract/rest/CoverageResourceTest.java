package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorEvents;
import com.payorcontracts.contract.PayorServiceStandIn;
import com.payorcontracts.events.PayorChanged;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Coverage of the catalog and planned codes through the API. The universe of codes is this test's
 * catalog plus every planned service line's codes (63650 here and in ServiceCatalogResourceTest).
 */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class CoverageResourceTest {

    private static final String CATALOG = """
            code,label,category,expected_annual_volume,implant_heavy\r
            22630,Lumbar fusion one level,FUSION,85,true\r
            22840,Posterior instrumentation,IMPLANTS,80,true\r
            64483,Transforaminal epidural,INJECTIONS,1200,false\r
            64999,Unlisted nerve procedure,OTHER,5,false\r
            72100,Lumbar spine x-ray,IMAGING,900,false\r
            L8699,Implant device,IMPLANTS,40,true\r
            """;

    private static final String SPINE_LINES = """
            [{"code":"64483","amount":700},
             {"code":"64483","modifier":"50","amount":650},
             {"code":"22630","method":"CASE_RATE","amount":18500,"bundledCodes":["22840"]},
             {"code":"L8699","method":"CARVE_OUT_COST_PLUS","percent":110},
             {"code":"64999","method":"NOT_COVERED"}]""";

    // The catalog, and a planned line of 63650 and 64483, so that every test sees the same 7 codes whatever runs first.
    private static void importCatalog() {
        given().contentType("text/csv").header("If-Match", "*").body(CATALOG)
                .put("/api/v1/service-catalog").then().statusCode(200);
        planSpinalCordStimulation();
    }

    private static String planSpinalCordStimulation() {
        String name = "SCS " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"targetStartDate\":\"2026-10-01\",\"codes\":[\"63650\",\"64483\"]}")
                .post("/api/v1/service-catalog/planned-service-lines").then().statusCode(201);
        return name;
    }

    private static ValidatableResponse coverage(String contractId, String asOf) {
        return given().queryParam("asOf", asOf).queryParam("size", 200)
                .get("/api/v1/contracts/" + contractId + "/coverage").then().statusCode(200);
    }

    private static String code(String code) {
        return "codes.items.find { it.code == '" + code + "' }.";
    }

    @Test
    void classifiesEveryCatalogAndPlannedCodeAndFlagsPriorAuthorizationFromThePayorsPolicies() {
        importCatalog();
        String planned = planSpinalCordStimulation();
        UUID payor = UUID.randomUUID();
        String id = create(contract(payor, "Spine coverage", SPINE_LINES));
        PayorChanged.PayorState profile = PayorEvents.payor("Coverage Mutual");
        // 22630 needs prior auth from 2026-07-01 on; 63650 always.
        PayorEvents.publish(PayorEvents.umPolicy(payor, 2, profile, UUID.randomUUID(), "22630", true, "2026-07-01", null, false));
        PayorEvents.publish(PayorEvents.umPolicy(payor, 3, profile, UUID.randomUUID(), "63650", true, null, null, false));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                Boolean.TRUE.equals(coverage(id, "2026-08-01").extract().path(code("63650") + "priorAuthRequired")));

        coverage(id, "2026-08-01")
                .body("contractName", equalTo("Spine coverage"))
                .body("payorId", equalTo(payor.toString()))
                .body("termsName", equalTo("Base terms"))
                // 7 codes: the 6 of the catalog and 63650, planned only
                .body("codes.totalItems", equalTo(7))
                .body("counts.pricedByLine", equalTo(2))
                .body("counts.caseRateBundled", equalTo(1))
                .body("counts.carvedOut", equalTo(1))
                .body("counts.notCovered", equalTo(1))
                .body("counts.missing", equalTo(2))
                .body("counts.defaultRuleOnly", equalTo(0))
                // two lines of its own: 650.00 (bilateral) to 700.00
                .body(code("64483") + "coverage", equalTo("PRICED_BY_LINE"))
                .body(code("64483") + "method", equalTo("FIXED"))
                .body(code("64483") + "lowestAmount", equalTo(650.00f))
                .body(code("64483") + "highestAmount", equalTo(700.00f))
                .body(code("64483") + "label", equalTo("Transforaminal epidural"))
                .body(code("64483") + "plannedServiceLines", hasItem(planned))
                .body(code("64483") + "priorAuthRequired", equalTo(false))
                .body(code("22630") + "coverage", equalTo("PRICED_BY_LINE"))
                .body(code("22630") + "method", equalTo("CASE_RATE"))
                .body(code("22630") + "highestAmount", equalTo(18500.00f))
                .body(code("22630") + "priorAuthRequired", equalTo(true))
                .body(code("22840") + "coverage", equalTo("CASE_RATE_BUNDLED"))
                .body(code("22840") + "bundledUnder", equalTo("22630"))
                .body(code("L8699") + "coverage", equalTo("CARVED_OUT"))
                .body(code("L8699") + "percent", equalTo(110))
                .body(code("64999") + "coverage", equalTo("NOT_COVERED"))
                .body(code("72100") + "coverage", equalTo("MISSING"))
                .body(code("72100") + "method", nullValue())
                .body(code("63650") + "coverage", equalTo("MISSING"))
                .body(code("63650") + "inCatalog", equalTo(false))
                .body(code("63650") + "priorAuthRequired", equalTo(true));

        // Before 2026-07-01 the 22630 policy is not in force yet.
        coverage(id, "2026-06-30").body(code("22630") + "priorAuthRequired", equalTo(false));
    }

    @Test
    void filtersByClassPagesTheCodesAndRefusesADateOutsideTheContract() {
        importCatalog();
        String id = create(contract(UUID.randomUUID(), "Spine filtered", SPINE_LINES));

        given().queryParam("asOf", "2026-05-01").queryParam("coverage", "MISSING")
                .get("/api/v1/contracts/" + id + "/coverage").then().statusCode(200)
                .body("codes.items.code", equalTo(java.util.List.of("63650", "72100")))
                .body("counts.missing", equalTo(2));
        // Code order, two to a page: 22630 22840 | 63650 64483 | ...
        given().queryParam("asOf", "2026-05-01").queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/contracts/" + id + "/coverage").then().statusCode(200)
                .body("codes.items.code", equalTo(java.util.List.of("63650", "64483")))
                .body("codes.totalPages", equalTo(4));
        given().queryParam("asOf", "2030-01-01").get("/api/v1/contracts/" + id + "/coverage")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("coverage", "SOMETIMES").get("/api/v1/contracts/" + id + "/coverage")
                .then().statusCode(400).body("errors[0].field", equalTo("coverage"));
        given().get("/api/v1/contracts/" + UUID.randomUUID() + "/coverage").then().statusCode(404);
    }

    @Test
    void comparesEachCodeAcrossOnePayorsActiveContractsLeavingDraftsOut() {
        importCatalog();
        UUID payor = UUID.randomUUID();
        String spine = createActive(contract(payor, "A spine", SPINE_LINES));
        String imaging = createActive(contract(payor, "B imaging", "[{\"code\":\"72100\",\"amount\":85}]",
                ",\"defaultRule\":{\"method\":\"PERCENT_OF_CHARGES\",\"percent\":40}"));
        create(contract(payor, "C draft", "[{\"code\":\"64999\",\"amount\":100}]"));
        PayorEvents.publish(PayorEvents.updated(payor, 1, PayorEvents.payor("Two Contract Health")));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                "Two Contract Health".equals(given().queryParam("asOf", "2026-05-01")
                        .get("/api/v1/service-catalog/coverage/payors/" + payor).then().extract().path("payorName")));

        given().queryParam("asOf", "2026-05-01").queryParam("size", 200)
                .get("/api/v1/service-catalog/coverage/payors/" + payor).then().statusCode(200)
                .body("contracts", hasSize(2))
                .body("contracts[0].contractId", equalTo(spine))
                .body("contracts[1].contractId", equalTo(imaging))
                .body("codes.totalItems", equalTo(7))
                // 72100: missing in A, priced at 85.00 in B
                .body(code("72100") + "contractsPaying", equalTo(1))
                .body(code("72100") + "contracts[0].coverage", equalTo("MISSING"))
                .body(code("72100") + "contracts[1].coverage", equalTo("PRICED_BY_LINE"))
                .body(code("72100") + "contracts[1].lowestAmount", equalTo(85.00f))
                // 64999: excluded by A, 40% of charges by B's default rule
                .body(code("64999") + "contractsPaying", equalTo(1))
                .body(code("64999") + "contracts[0].coverage", equalTo("NOT_COVERED"))
                .body(code("64999") + "contracts[1].coverage", equalTo("DEFAULT_RULE_ONLY"))
                .body(code("64999") + "contracts[1].percent", equalTo(40))
                // 64483 paid by both: A's line, B's default
                .body(code("64483") + "contractsPaying", equalTo(2));
    }

    @Test
    void countsPerCatalogCodeTheActiveContractsPricingItAndTheirRange() {
        given().contentType("text/csv").header("If-Match", "*").body("""
                        code,label,category,expected_annual_volume,implant_heavy\r
                        0274T,Percutaneous decompression,DECOMPRESSION,30,false\r
                        """).put("/api/v1/service-catalog").then().statusCode(200);
        createActive(farContract(UUID.randomUUID(), "Portfolio A", "[{\"code\":\"0274T\",\"amount\":1200}]"));
        createActive(farContract(UUID.randomUUID(), "Portfolio B",
                "[{\"code\":\"0274T\",\"amount\":950},{\"code\":\"0274T\",\"modifier\":\"59\",\"amount\":1000}]"));
        createActive(farContract(UUID.randomUUID(), "Portfolio C", "[{\"code\":\"64483\",\"amount\":700}]"));
        create(farContract(UUID.randomUUID(), "Portfolio draft", "[{\"code\":\"0274T\",\"amount\":5000}]"));

        given().queryParam("asOf", "2150-06-01").get("/api/v1/service-catalog/coverage/portfolio").then().statusCode(200)
                // the catalog is 0274T alone; codes of planned lines other tests made may follow it
                .body("codes.items[0].code", equalTo("0274T"))
                .body("codes.items[0].expectedAnnualVolume", equalTo(30))
                // A and B list it; the draft does not count
                .body("codes.items[0].contractsPricingByLine", equalTo(2))
                // 950.00 (B) .. 1200.00 (A)
                .body("codes.items[0].lowestAmount", equalTo(950.00f))
                .body("codes.items[0].highestAmount", equalTo(1200.00f));
    }

    private static String farContract(UUID payor, String name, String lines) {
        return """
                {"payorId":"%s","name":"%s","effectiveDate":"2150-01-01","expirationDate":"2150-12-31",
                 "feeSchedule":%s}""".formatted(payor, name, lines);
    }

    @Test
    void letsEveryReaderOfContractsSeeCoverageButNotBillingIntegration() {
        importCatalog();
        String id = create(contract(UUID.randomUUID(), "Spine roles", SPINE_LINES));
        for (String role : new String[]{"viewer", "analyst", "contract-manager"}) {
            as(role).queryParam("asOf", "2026-05-01").get("/api/v1/contracts/" + id + "/coverage").then().statusCode(200)
                    .body("counts.pricedByLine", equalTo(2));
            as(role).get("/api/v1/service-catalog/coverage/portfolio").then().statusCode(200);
        }
        as("billing-integration").get("/api/v1/contracts/" + id + "/coverage").then().statusCode(403);
        as("billing-integration").get("/api/v1/service-catalog/coverage/portfolio").then().statusCode(403);
    }
}
