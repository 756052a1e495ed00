package com.payorcontracts.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.testing.TestJwt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test: analytics-service SIGKILLed in the middle of a CSV claim upload and in the middle of a
 * batch of 835 jobs, restarted, then the documented recovery (upload the CSV again; 835 jobs resume
 * by themselves). The same synthetic history (bench/analytics/generate.py) is loaded twice under
 * fresh ids: once cleanly, once with the kills; every total must come out the same.
 *
 * <p>The analytics killed here is this test's own JVM on port {@value #PORT}, in a schema of its own
 * in the test database ({@value #SCHEMA}), so the stack's analytics neither sees nor runs its jobs.
 */
@ExtendWith(Stack.class)
class AnalyticsKillIT {

    private static final int PORT = 18093;
    private static final String SCHEMA = "fault_kill";
    private static final int LINES = 60_000;
    private static final String DB_URL = "jdbc:postgresql://127.0.0.1:5432/analytics_test?currentSchema=" + SCHEMA;
    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/analytics-kill");
    private final ServiceProcess analytics = new ServiceProcess("analytics-service", PORT, work.resolve("logs"));
    private final String token = TestJwt.forRoles("admin");

    @AfterEach
    void stopTheReplica() throws InterruptedException {
        analytics.stop();
    }

    @Test
    void analyticsKilledMidUploadAndMid835BatchEndsWithTheTotalsOfACleanRun() throws Exception {
        Generated history = generate();
        Run clean = new Run("CLN", history);
        Run killed = new Run("KIL", history);
        start(true);
        clean.insertContracts();
        killed.insertContracts();

        // The clean run: the CSV, then every 835, each as a job, to the end.
        Instant cleanStart = Instant.now();
        assertThat(state(upload(clean.csv, null))).isEqualTo("SUCCEEDED");
        clean.remittances.forEach(this::post835);
        awaitJobsDone(cleanStart);

        // Killed mid-upload: the first 4 MiB piece arrives and is being imported; the rest trickles in.
        Instant killStart = Instant.now();
        AtomicLong sent = new AtomicLong();
        Thread uploading = new Thread(() -> {
            try {
                upload(killed.csv, sent);
            } catch (RuntimeException expected) {
                // the service died under it
            }
        });
        uploading.start();
        UUID csvJob = awaitJob(killStart, "CLAIMS_CSV", 1);
        long rowsAtKill = rowsDone(csvJob);
        long bytesAtKill = sent.get();
        analytics.kill();
        uploading.join(30_000);
        start(false);
        await(Duration.ofSeconds(60), () -> "FAILED".equals(stateOf(csvJob)));
        long committedByKilledJob = claimsCreated(csvJob);
        // The documented recovery: upload the file again.
        assertThat(state(upload(killed.csv, null))).isEqualTo("SUCCEEDED");
        awaitJobsDone(killStart);

        // Killed in the middle of a batch of 835 jobs: some done, one running, the rest queued.
        Instant remitStart = Instant.now();
        killed.remittances.forEach(this::post835);
        UUID remitJob = awaitJob(remitStart, "REMITTANCE_X12", 1);
        long remitRowsAtKill = rowsDone(remitJob);
        long remitJobsDoneAtKill = count("SELECT count(*) FROM job WHERE kind = 'REMITTANCE_X12' AND created_at >= ? "
                + "AND state = 'SUCCEEDED'", remitStart);
        analytics.kill();
        start(false);
        awaitJobsDone(remitStart);

        Map<String, BigDecimal> cleanTotals = clean.totals();
        Map<String, BigDecimal> killedTotals = killed.totals();
        System.out.printf("""
                AnalyticsKillIT: %,d claim lines, %d 835 files, analytics on :%d killed twice
                  CSV upload killed after %,d of %,d bytes sent, %,d rows imported; the failed job had committed %,d claims
                  835 batch killed with %d of %d jobs done and job %s at claim %,d
                  %-16s %18s %18s
                %s""", LINES, killed.remittances.size(), PORT, bytesAtKill, killed.csv.length, rowsAtKill,
                committedByKilledJob, remitJobsDoneAtKill, killed.remittances.size(), remitJob, remitRowsAtKill,
                "total", "clean run", "killed run", table(cleanTotals, killedTotals));
        assertThat(rowsAtKill).as("killed after some rows were imported").isPositive();
        assertThat(bytesAtKill).as("killed before the upload ended").isLessThan(killed.csv.length);
        assertThat(remitRowsAtKill).as("an 835 job was running when killed").isPositive();
        long storedLines = Long.parseLong(queryString("SELECT count(*) FROM claim_line WHERE claim_id IS NOT NULL AND ? > 0", 1));
        assertThat(cleanTotals.get("lines").add(killedTotals.get("lines")))
                .as("every stored line priced in both runs").isEqualByComparingTo(BigDecimal.valueOf(storedLines));
        assertThat(killedTotals).isEqualTo(cleanTotals);
        assertThat(count("SELECT count(*) FROM job WHERE created_at >= ? AND state = 'FAILED'", cleanStart))
                .as("only the job of the killed upload failed").isEqualTo(1);
    }

    private static String table(Map<String, BigDecimal> clean, Map<String, BigDecimal> killed) {
        StringBuilder table = new StringBuilder();
        clean.forEach((name, value) -> table.append("  %-16s %18s %18s%n".formatted(name, value.toPlainString(),
                killed.get(name).toPlainString())));
        return table.toString();
    }

    /** The synthetic history of bench/analytics, generated once per build. */
    private record Generated(String csv, String contracts, List<String> remittances) {
    }

    private Generated generate() throws Exception {
        Path out = work.resolve("history");
        if (!Files.exists(out.resolve("claims.csv"))) {
            Process python = new ProcessBuilder("python3", root.resolve("bench/analytics/generate.py").toString(),
                    "--lines", String.valueOf(LINES), "--out", out.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(python.waitFor()).as("bench/analytics/generate.py").isZero();
        }
        List<String> remittances = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".835")).sorted().toList()) {
                remittances.add(Files.readString(file));
            }
        }
        return new Generated(Files.readString(out.resolve("claims.csv")), Files.readString(out.resolve("contracts.sql")),
                remittances);
    }

    /** One copy of the history: every id made fresh (payors, contracts, claim ids, 835 trace numbers). */
    private final class Run {
        final byte[] csv;
        final List<byte[]> remittances = new ArrayList<>();
        final List<String> payors = new ArrayList<>();
        private final String contracts;

        Run(String prefix, Generated history) {
            Map<String, String> ids = new HashMap<>();
            this.contracts = fresh(history.contracts(), ids);
            this.csv = fresh(history.csv(), ids).replace("\nPCN", "\n" + prefix).getBytes(StandardCharsets.UTF_8);
            for (String remittance : history.remittances()) {
                remittances.add(remittance.replace("CLP*PCN", "CLP*" + prefix).replace("TRN*1*BENCH", "TRN*1*" + prefix + "TR")
                        .getBytes(StandardCharsets.UTF_8));
            }
            Matcher payor = Pattern.compile("INSERT INTO contract_projection VALUES \\('[^']+', 1, '([^']+)'").matcher(contracts);
            while (payor.find()) {
                payors.add(payor.group(1));
            }
        }

        private static String fresh(String text, Map<String, String> ids) {
            return UUIDS.matcher(text).replaceAll(m -> ids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }

        void insertContracts() throws SQLException {
            try (Connection connection = database(); Statement statement = connection.createStatement()) {
                for (String sql : contracts.split("\n")) {
                    if (sql.startsWith("INSERT")) {
                        statement.execute(sql);
                    }
                }
            }
        }

        /** Lines, billed, expected, paid, ... summed over the run's payors, as the totals report gives them; and claims. */
        Map<String, BigDecimal> totals() {
            Map<String, BigDecimal> sum = new LinkedHashMap<>();
            for (String payor : payors) {
                JsonNode items = get("/api/v1/analytics/reports/totals?groupBy=PAYOR&payorId=" + payor).get("items");
                for (JsonNode row : items) {
                    for (String field : List.of("lines", "remittedLines", "underpaidLines", "billed", "expected", "paid", "variance")) {
                        sum.merge(field, row.get(field).decimalValue(), BigDecimal::add);
                    }
                }
                sum.merge("claims", get("/api/v1/analytics/claims?size=1&payorId=" + payor).get("totalItems").decimalValue(),
                        BigDecimal::add);
            }
            return sum;
        }
    }

    /** Starts (or restarts) this test's analytics; the first start empties its schema. */
    private void start(boolean first) throws Exception {
        analytics.start(root, Map.of(
                "quarkus.datasource.jdbc.url", DB_URL,
                "quarkus.flyway.schemas", SCHEMA,
                "quarkus.flyway.clean-at-start", String.valueOf(first),
                "quarkus.flyway.clean-disabled", "false",
                "mp.jwt.verify.publickey.location", TestJwt.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", TestJwt.ISSUER,
                // No events: the contracts are put straight into the projection.
                "payorcontracts.consumer.enabled", "false",
                "payorcontracts.webhooks.analytics-topic", "test.analytics-changed",
                "payorcontracts.analytics.jobs.stale-after", "3s",
                "payorcontracts.analytics.jobs.chunk-rows", "5000"));
        analytics.awaitReady(Duration.ofSeconds(60));
    }

    /** Uploads a CSV and returns its job's path; with {@code sent}, the first 4.5 MB go at once and the rest trickles. */
    private String upload(byte[] body, AtomicLong sent) {
        HttpRequest.BodyPublisher publisher = sent == null ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new Trickle(body, sent));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/analytics/claims"))
                .header("Content-Type", "text/csv").POST(publisher).timeout(Duration.ofMinutes(2)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElseThrow();
    }

    /** A body that sends 4.5 MB at once, then 64 KiB every 100 ms: an upload long enough to be killed in. */
    private static final class Trickle extends InputStream {
        private final InputStream body;
        private final AtomicLong sent;

        Trickle(byte[] body, AtomicLong sent) {
            this.body = new ByteArrayInputStream(body);
            this.sent = sent;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (sent.get() >= 4_500_000) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                length = Math.min(length, 64 << 10);
            }
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                sent.addAndGet(n);
            }
            return n;
        }
    }

    private void post835(byte[] body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/analytics/remittances"))
                .header("Content-Type", "application/edi-x12").header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofMinutes(1)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    /** Waits for the job to end and returns its state. */
    private String state(String jobPath) {
        UUID id = UUID.fromString(jobPath.substring(jobPath.lastIndexOf('/') + 1));
        await(Duration.ofSeconds(120), () -> List.of("SUCCEEDED", "FAILED").contains(stateOf(id)));
        return stateOf(id);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(30)));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(analytics.baseUrl() + path);
    }

    /** The first job of the kind created since then that this test's replica runs and has done at least that many rows. */
    private UUID awaitJob(Instant since, String kind, long rows) {
        UUID[] found = new UUID[1];
        String owner = "analytics-%-" + analytics.pid() + "-%";
        await(Duration.ofSeconds(60), () -> {
            try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM job WHERE kind = ? AND created_at >= ? AND state = 'RUNNING' AND rows_done >= ? "
                            + "AND owner LIKE ? LIMIT 1")) {
                statement.setString(1, kind);
                statement.setTimestamp(2, Timestamp.from(since));
                statement.setLong(3, rows);
                statement.setString(4, owner);
                try (ResultSet rs = statement.executeQuery()) {
                    found[0] = rs.next() ? rs.getObject(1, UUID.class) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return found[0] != null;
        }, 20);
        return found[0];
    }

    /** Until no job created since then is queued or running (a job queues its repricing before it ends). */
    private void awaitJobsDone(Instant since) {
        await(Duration.ofSeconds(180), () -> count("SELECT count(*) FROM job WHERE created_at >= ? AND state IN ('QUEUED', 'RUNNING')",
                since) == 0);
    }

    private String stateOf(UUID job) {
        return queryString("SELECT state FROM job WHERE id = ?", job);
    }

    private long rowsDone(UUID job) {
        return Long.parseLong(queryString("SELECT rows_done::text FROM job WHERE id = ?", job));
    }

    private long claimsCreated(UUID job) {
        return Long.parseLong(queryString("SELECT coalesce(result ->> 'claimsCreated', '0') FROM job WHERE id = ?", job));
    }

    private String queryString(String sql, Object parameter) {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Instant since) {
        return Long.parseLong(queryString(sql, Timestamp.from(since)));
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(DB_URL, "analytics", "analytics");
    }

    private static void await(Duration timeout, BooleanSupplier condition) {
        await(timeout, condition, 200);
    }

    private static void await(Duration timeout, BooleanSupplier condition, long pollMillis) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout);
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
