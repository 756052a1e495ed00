package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A CSV upload is imported while it arrives: a job runs only input that is stored, an upload still
 * arriving at another replica is left to it, and one that broke off fails its job rather than being
 * imported as if it were the whole file.
 */
@QuarkusTest
class JobUploadsTest {

    private static final String HEADER = "claim_id,payor_id,patient_id,code,date_of_service,billed_charge\n";

    @Inject
    JobUploads uploads;

    @Inject
    AgroalDataSource dataSource;

    private static String claims(UUID payor, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int claim = 1; claim <= count; claim++) {
            csv.append("UP-%d,%s,MRN-%d,64483,2026-03-01,2400.00\n".formatted(claim, payor, claim));
        }
        return csv.toString();
    }

    @Test
    void failsTheJobOfAnUploadThatBrokeOffAndImportsNoneOfItsCutOffRows() {
        UUID payor = UUID.randomUUID();
        InputStream broken = new SequenceInputStream(
                new ByteArrayInputStream((claims(payor, 6) + "UP-7," + payor + ",MRN-7,644").getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset by peer");
                    }
                });

        assertThatThrownBy(() -> uploads.create(Jobs.Kind.CLAIMS_CSV, Map.of(), broken))
                .isInstanceOf(UncheckedIOException.class);

        String job = "/api/v1/analytics/jobs/" + latestJob();
        assertThat(Fixtures.awaitJob(job)).isEqualTo("FAILED");
        given().get(job).then().body("errors[0].message", containsString("broke off"));
        assertThat(count("SELECT count(*) FROM claim WHERE payor_id = ?", payor)).isZero();
        assertThat(count("SELECT count(*) FROM job_input WHERE job_id = ?", UUID.fromString(job.substring(job.lastIndexOf('/') + 1))))
                .isZero();
    }

    @Test
    void leavesAnUploadStillArrivingElsewhereToThatReplicaAndRunsItOnceStored() throws Exception {
        UUID payor = UUID.randomUUID();
        UUID job = receivingJob(claims(payor, 3), "now() + interval '1 hour'");

        Thread.sleep(1500); // three polls of an idle runner
        given().get("/api/v1/analytics/jobs/" + job).then().body("state", equalTo("QUEUED"));
        assertThat(count("SELECT count(*) FROM claim WHERE payor_id = ?", payor)).isZero();

        execute("UPDATE job SET receiving = false, input_pieces = 1 WHERE id = ?", job);
        assertThat(Fixtures.awaitJob("/api/v1/analytics/jobs/" + job)).isEqualTo("SUCCEEDED");
        given().get("/api/v1/analytics/jobs/" + job).then().body("result.claimsCreated", equalTo(3));
    }

    @Test
    void failsAJobWhoseUploadStoppedElsewhereInsteadOfImportingTheStoredPart() throws Exception {
        UUID payor = UUID.randomUUID();
        UUID job = receivingJob(claims(payor, 3), "now() - interval '1 hour'");

        assertThat(Fixtures.awaitJob("/api/v1/analytics/jobs/" + job)).isEqualTo("FAILED");
        given().get("/api/v1/analytics/jobs/" + job).then().body("errors[0].message", containsString("broke off"));
        assertThat(count("SELECT count(*) FROM claim WHERE payor_id = ?", payor)).isZero();
    }

    /** A job as another replica receiving its upload leaves it: one piece stored, more to come, its heartbeat as given. */
    private UUID receivingJob(String firstPiece, String heartbeat) throws Exception {
        UUID job = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO job (id, kind, state, params, rows_done, error_count, errors, created_at, heartbeat, receiving) "
                            + "VALUES (?, 'CLAIMS_CSV', 'QUEUED', '{}'::jsonb, 0, 0, '[]'::jsonb, now(), " + heartbeat + ", true)")) {
                statement.setObject(1, job);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO job_input (job_id, seq, data) VALUES (?, 0, ?)")) {
                statement.setObject(1, job);
                statement.setBytes(2, firstPiece.getBytes(StandardCharsets.UTF_8));
                statement.executeUpdate();
            }
        }
        return job;
    }

    private UUID latestJob() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id FROM job WHERE kind = 'CLAIMS_CSV' ORDER BY created_at DESC LIMIT 1");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1, UUID.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }

    private long count(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
