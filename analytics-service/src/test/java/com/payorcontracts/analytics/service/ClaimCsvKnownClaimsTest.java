package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A CSV chunk mixing new claims with known ones: bulk ingest writes as if all were new, and when the
 * natural key says otherwise it writes nothing of that attempt, compares the known claims field by
 * field, and stores only the new ones. (Tests run with chunks of 4 rows.)
 */
@QuarkusTest
class ClaimCsvKnownClaimsTest {

    private static final String HEADER = "claim_id,payor_id,patient_id,code,date_of_service,billed_charge\n";

    private static String row(String claim, UUID payor, String billed) {
        return "%s,%s,MRN-%s,64483,2026-03-01,%s\n".formatted(claim, payor, claim, billed);
    }

    private static String importCsv(String csv) {
        String job = given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/analytics/claims").then().statusCode(202).extract().header("Location");
        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        return job;
    }

    @Test
    void storesTheNewClaimsOfAChunkCountsTheSameOnesOnceAndReportsAChangedOne() {
        UUID payor = UUID.randomUUID();
        importCsv(HEADER + row("K-1", payor, "2400.00") + row("K-2", payor, "800.00"));

        String job = importCsv(HEADER + row("K-1", payor, "2400") + row("K-2", payor, "900.00") + row("K-3", payor, "100.00")
                + row("K-4", payor, "100.00"));

        given().get(job).then()
                .body("result.claimsCreated", equalTo(2))
                .body("result.duplicates", equalTo(1))
                .body("result.conflicts", equalTo(1))
                .body("errors[0].message", containsString("K-2"));
        given().queryParam("payorId", payor).get("/api/v1/analytics/claims").then().body("totalItems", equalTo(4));
        String changed = given().queryParam("payorId", payor).queryParam("claimId", "K-2").get("/api/v1/analytics/claims")
                .then().extract().path("items[0].id");
        given().get("/api/v1/analytics/claims/" + changed).then()
                .body("lines.size()", equalTo(1))
                .body("lines[0].billedCharge", equalTo(800.00f));
    }
}
