package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A service that stops (SIGTERM) hands its running job back instead of failing it; and a job whose
 * upload died with the service ends FAILED with what it committed queued for pricing.
 */
@QuarkusTest
class JobRunnerShutdownTest {

    @Inject
    JobRunner runner;

    @Inject
    JobUploads uploads;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void handsBackTheJobItRunsWhenStoppingAndTheNextRunnerPricesWhatItCommitted() throws Exception {
        UUID payor = UUID.randomUUID();
        Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("64483", "698.00")));
        StringBuilder csv = new StringBuilder("claim_id,payor_id,patient_id,code,date_of_service,billed_charge\n");
        for (int claim = 1; claim <= 6; claim++) {
            csv.append("SD-%d,%s,MRN-%d,64483,2026-03-01,2400.00\n".formatted(claim, payor, claim));
        }
        // Blank lines fill the first 4 MiB piece, so the job gets it while the rest of the upload never comes.
        byte[] rows = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] piece = new byte[4 << 20];
        java.util.Arrays.fill(piece, (byte) '\n');
        System.arraycopy(rows, 0, piece, 0, rows.length);
        CountDownLatch cut = new CountDownLatch(1);
        InputStream upload = new java.io.SequenceInputStream(new ByteArrayInputStream(piece), new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    cut.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("connection reset by peer");
            }
        });
        Thread uploading = new Thread(() -> {
            try {
                uploads.create(Jobs.Kind.CLAIMS_CSV, Map.of(), upload);
            } catch (RuntimeException expected) {
                // the upload broke off
            }
        });
        uploading.start();
        UUID job = await().atMost(Duration.ofSeconds(20)).until(() -> jobWithClaimsOf(payor), java.util.Objects::nonNull);
        await().atMost(Duration.ofSeconds(20)).until(() -> rowsDone(job) >= 4);

        try {
            runner.stop(null);
            given().get("/api/v1/analytics/jobs/" + job).then().body("state", equalTo("RUNNING"));
            assertThat(count("SELECT count(*) FROM job WHERE id = ? AND owner IS NULL AND heartbeat = 'epoch'", job)).isEqualTo(1);
        } finally {
            cut.countDown();
            uploading.join(10_000);
            runner.start(null);
        }

        // The next runner finds the upload incomplete: the job fails, and the claims it committed are priced.
        String path = "/api/v1/analytics/jobs/" + job;
        assertThat(Fixtures.awaitJob(path)).isEqualTo("FAILED");
        String reprice = given().get(path).then()
                .body("result.claimsCreated", equalTo(4))
                .extract().path("result.repriceJobId");
        assertThat(reprice).isNotNull();
        assertThat(Fixtures.awaitJob("/api/v1/analytics/jobs/" + reprice)).isEqualTo("SUCCEEDED");
        assertThat(count("SELECT count(*) FROM line_result WHERE payor_id = ? AND expected = 698.00", payor)).isEqualTo(4);
    }

    private UUID jobWithClaimsOf(UUID payor) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT job_id FROM claim WHERE payor_id = ? LIMIT 1")) {
            statement.setObject(1, payor);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    private long rowsDone(UUID job) throws Exception {
        return count("SELECT rows_done FROM job WHERE id = ?", job);
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
