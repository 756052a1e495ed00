package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * CSV claim history as a job: 202 and a job to poll; bad rows named by row and column; a job a dead
 * replica left half done is resumed and counts every claim once. (Tests run with chunks of 4 rows.)
 */
@QuarkusTest
class ClaimCsvJobTest {

    private static final String HEADER = "claim_id,payor_id,provider_tin,patient_id,submission_date,code,modifiers,units,"
            + "place_of_service,date_of_service,billed_charge\n";

    @Inject
    AgroalDataSource dataSource;

    /** Six claims of two lines each: twelve rows. */
    private static String history(UUID payor) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int claim = 1; claim <= 6; claim++) {
            csv.append("CSV-%d,%s,123456789,MRN-%d,2026-03-02,64483,,1,22,2026-03-01,2400.00\n".formatted(claim, payor, claim));
            csv.append("CSV-%d,%s,123456789,MRN-%d,2026-03-02,64484,50 LT,1,22,2026-03-01,800.00\n".formatted(claim, payor, claim));
        }
        return csv.toString();
    }

    private static String upload(String csv) {
        return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(202)
                .body("kind", equalTo("CLAIMS_CSV"))
                // The runner starts a job at once: a small one may have ended, either way, before the answer is written.
                .body("state", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "SUCCEEDED", "FAILED"))
                .extract().header("Location");
    }

    private static long claimsOf(UUID payor) {
        return ((Number) given().queryParam("payorId", payor).get("/api/v1/analytics/claims")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    void importsAClaimHistoryAsAJobAndPricesItsClaims() {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("64483", "698.00")));
        String job = upload(history(payor));

        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        String reprice = given().get(job).then()
                .body("rowsDone", equalTo(12))
                .body("rowsTotal", equalTo(12))
                .body("errorCount", equalTo(0))
                .body("result.claimsCreated", equalTo(6))
                .body("result.repriceJobId", notNullValue())
                .extract().path("result.repriceJobId");
        assertThat(Fixtures.awaitJob("/api/v1/analytics/jobs/" + reprice)).isEqualTo("SUCCEEDED");
        assertThat(claimsOf(payor)).isEqualTo(6);
        String claim = given().queryParam("payorId", payor).queryParam("claimId", "CSV-3").get("/api/v1/analytics/claims")
                .then().extract().path("items[0].id");
        given().get("/api/v1/analytics/claims/" + claim).then()
                .body("contractMatch", equalTo("MATCHED"))
                .body("lines[0].expected", equalTo(698.00f))
                .body("lines[1].modifiers", equalTo(java.util.List.of("50", "LT")))
                .body("lines[1].rule", equalTo("DEFAULT_NOT_COVERED"));

        // The same history again counts nothing twice.
        String again = upload(history(payor));
        assertThat(Fixtures.awaitJob(again)).isEqualTo("SUCCEEDED");
        given().get(again).then().body("result.claimsCreated", equalTo(0)).body("result.duplicates", equalTo(6));
        assertThat(claimsOf(payor)).isEqualTo(6);
    }

    @Test
    void rejectsTheClaimsOfBadRowsNamingRowAndColumnAndImportsTheRest() {
        UUID payor = UUID.randomUUID();
        String csv = HEADER
                + "BAD-1,%s,123456789,M1,2026-03-02,64483,,1,22,2026-03-01,2400.00\n".formatted(payor)
                + "BAD-1,%s,123456789,M1,2026-03-02,6448,,1,22,2026-03-01,800.00\n".formatted(payor)
                + "BAD-2,%s,123456789,M2,2026-03-02,64483,,1,22,2026-13-01,2400.00\n".formatted(payor)
                + "OK-3,%s,123456789,M3,2026-03-02,64483,,1,22,2026-03-01,2400.00\n".formatted(payor);
        String job = upload(csv);

        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        given().get(job).then()
                .body("errorCount", equalTo(2))
                .body("errors.row", hasItem(2))
                .body("errors.find { it.row == 2 }.field", equalTo("code"))
                .body("errors.find { it.row == 3 }.field", equalTo("date_of_service"))
                .body("result.rejected", equalTo(2))
                .body("result.claimsCreated", equalTo(1));
        assertThat(claimsOf(payor)).isEqualTo(1);
    }

    @Test
    void startsOneJobForOneIdempotencyKeyAndRefusesTheKeyForAnotherFile() {
        String key = UUID.randomUUID().toString();
        String csv = history(UUID.randomUUID());
        String first = given().header("Idempotency-Key", key).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/analytics/claims").then().statusCode(202).extract().header("Location");

        given().header("Idempotency-Key", key).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/analytics/claims")
                .then().statusCode(202).header("Idempotent-Replayed", equalTo("true")).header("Location", equalTo(first));
        given().header("Idempotency-Key", key).contentType("text/csv").body((csv + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/analytics/claims").then().statusCode(422);
        assertThat(Fixtures.awaitJob(first)).isEqualTo("SUCCEEDED");
    }

    @Test
    void failsACsvWithoutTheRequiredColumns() {
        String job = upload("claim_id,code\nX,64483\n");
        assertThat(Fixtures.awaitJob(job)).isEqualTo("FAILED");
        given().get(job).then().body("errors[0].message", org.hamcrest.Matchers.containsString("payor_id"));
    }

    @Test
    void resumesAJobADeadReplicaLeftHalfDoneAndCountsEachClaimOnce() throws Exception {
        UUID payor = UUID.randomUUID();
        String csv = history(payor);
        String job = upload(csv);
        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        UUID jobId = UUID.fromString(job.substring(job.lastIndexOf('/') + 1));

        // As a replica that died after committing its first chunk (rows 1-4: two claims) would leave it:
        // RUNNING, an old heartbeat, its input, and only what that chunk committed.
        leftHalfDone(jobId, payor, csv, "claim_ref NOT IN ('CSV-1', 'CSV-2')", 4, "'{\"claimsCreated\":2,"
                + "\"duplicates\":0,\"conflicts\":0,\"rejected\":0,\"unmatchedContracts\":2}'::jsonb");
        assertThat(claimsOf(payor)).isEqualTo(2);

        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        given().get(job).then()
                .body("rowsDone", equalTo(12))
                .body("result.claimsCreated", equalTo(6))
                .body("result.duplicates", equalTo(0));
        assertThat(claimsOf(payor)).isEqualTo(6);
        assertThat(count("claim_line l JOIN claim c ON c.id = l.claim_id WHERE c.payor_id = ?", payor)).isEqualTo(12);

        // A crash before the progress committed (rows done still 0) re-reads rows already stored: natural keys count them once.
        leftHalfDone(jobId, payor, csv, "claim_ref IN ('CSV-5', 'CSV-6')", 0, "NULL");
        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        given().get(job).then()
                .body("rowsDone", equalTo(12))
                .body("result.claimsCreated", equalTo(2))
                .body("result.duplicates", equalTo(4));
        assertThat(claimsOf(payor)).isEqualTo(6);
        assertThat(count("claim_line l JOIN claim c ON c.id = l.claim_id WHERE c.payor_id = ?", payor)).isEqualTo(12);
    }

    @Test
    void pricesTheClaimsAJobCommittedBeforeItsUploadDiedAndTheUploadAgainAddsTheRest() throws Exception {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("64483", "698.00")));
        String csv = history(payor);
        String job = upload(csv);
        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        assertThat(Fixtures.awaitJob("/api/v1/analytics/jobs/" + given().get(job).then().extract().path("result.repriceJobId")))
                .isEqualTo("SUCCEEDED");
        UUID jobId = UUID.fromString(job.substring(job.lastIndexOf('/') + 1));

        // As analytics killed mid-upload leaves it: its first chunk (two claims) committed but never
        // priced, RUNNING with an old heartbeat, and an input that will never be complete.
        leftHalfDone(jobId, payor, csv, "claim_ref NOT IN ('CSV-1', 'CSV-2')", 4, "'{\"claimsCreated\":2,"
                + "\"duplicates\":0,\"conflicts\":0,\"rejected\":0,\"unmatchedContracts\":0}'::jsonb");
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "DELETE FROM line_result WHERE payor_id = ?", payor);
            execute(connection, "DELETE FROM claim_result WHERE payor_id = ?", payor);
            execute(connection, "UPDATE job SET receiving = true WHERE id = ?", jobId);
        }

        assertThat(Fixtures.awaitJob(job)).isEqualTo("FAILED");
        String reprice = given().get(job).then()
                .body("errors[-1].message", org.hamcrest.Matchers.containsString("broke off"))
                .body("result.claimsCreated", equalTo(2))
                .body("result.repriceJobId", notNullValue())
                .extract().path("result.repriceJobId");
        assertThat(Fixtures.awaitJob("/api/v1/analytics/jobs/" + reprice)).isEqualTo("SUCCEEDED");
        assertThat(count("line_result WHERE payor_id = ? AND expected = 698.00", payor)).isEqualTo(2);

        // The documented recovery: upload the file again. Its new claims are priced by its own repricing.
        String again = upload(csv);
        assertThat(Fixtures.awaitJob(again)).isEqualTo("SUCCEEDED");
        given().get(again).then().body("result.claimsCreated", equalTo(4)).body("result.duplicates", equalTo(2));
        assertThat(Fixtures.awaitJob("/api/v1/analytics/jobs/" + given().get(again).then().extract().path("result.repriceJobId")))
                .isEqualTo("SUCCEEDED");
        assertThat(count("line_result WHERE payor_id = ?", payor)).isEqualTo(12);
        assertThat(count("line_result WHERE payor_id = ? AND expected = 698.00", payor)).isEqualTo(6);
    }

    /** The job as a dead replica leaves it: RUNNING, stale, its input back, the claims matching {@code lost} gone. */
    private void leftHalfDone(UUID jobId, UUID payor, String csv, String lost, int rowsDone, String result) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "DELETE FROM claim_line WHERE claim_id IN (SELECT id FROM claim WHERE payor_id = ? AND "
                    + lost + ")", payor);
            execute(connection, "DELETE FROM claim WHERE payor_id = ? AND " + lost, payor);
            try (PreparedStatement input = connection.prepareStatement("INSERT INTO job_input (job_id, seq, data) VALUES (?, 0, ?)")) {
                input.setObject(1, jobId);
                input.setBytes(2, csv.getBytes(StandardCharsets.UTF_8));
                input.executeUpdate();
            }
            execute(connection, "UPDATE job SET state = 'RUNNING', owner = 'analytics-dead', heartbeat = now() - interval '1 hour', "
                    + "finished_at = NULL, rows_done = " + rowsDone + ", result = " + result + " WHERE id = ?", jobId);
        }
    }

    private static void execute(Connection connection, String sql, Object parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }

    private long count(String fromWhere, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + fromWhere)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
