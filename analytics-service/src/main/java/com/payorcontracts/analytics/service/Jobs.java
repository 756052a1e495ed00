package com.payorcontracts.analytics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.analytics.messaging.AnalyticsEvents;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.events.AnalyticsChanged;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.rest.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs in the database: created with their whole input (so any replica can run or resume them),
 * claimed by one runner at a time, their progress written in the same transaction as the work it
 * counts.
 */
@ApplicationScoped
public class Jobs {

    /** What a job does. */
    @Schema(name = "JobKind")
    public enum Kind { CLAIMS_CSV, REMITTANCE_X12, REPRICE, REBUILD_PROJECTIONS, TIC_IMPORT }

    /** Where a job is. */
    @Schema(name = "JobState")
    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** A row-level problem: the input row (from 1, header excluded; null when not about a row), field, message. */
    public record JobError(@Schema(nullable = true, description = "Null when not about a row") Long row,
                           @Schema(nullable = true, description = "Null when not about one field") String field,
                           String message) {
    }

    /** A job as clients see it; its params and result as its kind writes them (JobSchemas). */
    public record Job(UUID id, Kind kind, State state,
                      @Schema(description = "What the job was asked to do; the schema named after its kind",
                              anyOf = {JobSchemas.ClaimsCsvParams.class, JobSchemas.RemittanceX12Params.class,
                                      JobSchemas.RepriceParams.class, JobSchemas.RebuildProjectionsParams.class,
                                      JobSchemas.TicImportParams.class}) Map<String, Object> params,
                      @Schema(nullable = true, description = "Rows in the input, once known") Long rowsTotal,
                      long rowsDone, int errorCount, List<JobError> errors,
                      @Schema(nullable = true, description = "What the job has done so far; the schema named after its kind",
                              anyOf = {JobSchemas.ClaimsCsvResult.class, JobSchemas.RemittanceX12Result.class,
                                      JobSchemas.RepriceResult.class, JobSchemas.RebuildProjectionsResult.class,
                                      JobSchemas.TicImportResult.class}) Map<String, Object> result,
                      Instant createdAt, @Schema(nullable = true, description = "Null while QUEUED") Instant startedAt,
                      @Schema(nullable = true, description = "Null until SUCCEEDED or FAILED") Instant finishedAt) {
    }

    /** The resource type of a job's audit trail. */
    static final String AUDITED = "job";

    /** Errors kept per job; the count goes on. */
    static final int MAX_ERRORS = 100;
    private static final int INPUT_PIECE = 4 << 20;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<JobError>> ERRORS = new TypeReference<>() { };
    private static final String CLAIM_NEXT = """
            UPDATE job SET state = 'RUNNING', owner = ?, heartbeat = ?, started_at = coalesce(started_at, ?)
            WHERE id = (SELECT id FROM job
                        WHERE (state = 'QUEUED' AND (NOT receiving OR id = ANY(?) OR heartbeat < ?))
                           OR (state = 'RUNNING' AND heartbeat < ?)
                        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, kind""";

    private final Jdbc jdbc;
    private final AnalyticsEvents events;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditTrail audit;
    // Wakes this replica's runner as soon as a job is queued, rather than at its next poll.
    private final java.util.concurrent.Semaphore signal = new java.util.concurrent.Semaphore(0);

    Jobs(Jdbc jdbc, ObjectMapper json, Clock clock, AuditTrail audit, AnalyticsEvents events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Wakes this replica's runner: a job was queued here. */
    void wake() {
        signal.release();
    }

    /** Waits until a job is queued here or the timeout passes. */
    void awaitWork(Duration timeout) throws InterruptedException {
        if (signal.tryAcquire(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }

    /** Queues a job with its input (may be null), stored in pieces in the same transaction. */
    public UUID create(Kind kind, Map<String, Object> params, InputStream input) {
        UUID id = jdbc.inTransaction(connection -> create(connection, kind, params, input));
        signal.release();
        return id;
    }

    private UUID create(Connection connection, Kind kind, Map<String, Object> params, InputStream input) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO job (id, kind, state, params, rows_done, error_count, errors, created_at) "
                        + "VALUES (?, ?, 'QUEUED', cast(? AS jsonb), 0, 0, '[]'::jsonb, ?)")) {
            statement.setObject(1, id);
            statement.setString(2, kind.name());
            statement.setString(3, write(params));
            statement.setTimestamp(4, Timestamp.from(Instant.now(clock)));
            statement.executeUpdate();
        }
        audit.summarized(connection, AUDITED, id, "queued", queued(kind, params));
        if (input != null) {
            int pieces = storeInput(connection, id, input);
            try (PreparedStatement statement = connection.prepareStatement("UPDATE job SET input_pieces = ? WHERE id = ?")) {
                statement.setInt(1, pieces);
                statement.setObject(2, id);
                statement.executeUpdate();
            }
        }
        return id;
    }

    /** Queues a job whose input {@link JobUploads} stores while it arrives; its heartbeat says the upload is alive. */
    UUID createReceiving(Kind kind, Map<String, Object> params) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO job (id, kind, state, params, rows_done, error_count, errors, created_at, heartbeat, receiving) "
                            + "VALUES (?, ?, 'QUEUED', cast(? AS jsonb), 0, 0, '[]'::jsonb, ?, ?, true)")) {
                statement.setObject(1, id);
                statement.setString(2, kind.name());
                statement.setString(3, write(params));
                statement.setTimestamp(4, now);
                statement.setTimestamp(5, now);
                statement.executeUpdate();
            }
            audit.summarized(connection, AUDITED, id, "queued", queued(kind, params));
            return null;
        });
        return id;
    }

    /**
     * Fails a job a runner took, keeping the counts it committed, and in the same transaction queues
     * the repricing of what it committed ({@code toPrice}, if that scope holds any claim): a failed
     * job's claims are priced like a finished job's. Returns the repricing job, if one was queued.
     */
    Optional<UUID> fail(UUID id, String message, Optional<RepriceScope> toPrice) {
        Optional<UUID> reprice = jdbc.inTransaction(connection -> {
            UUID repriceId = null;
            if (toPrice.isPresent() && anyClaim(connection, toPrice.get())) {
                repriceId = create(connection, Kind.REPRICE, toPrice.get().params(), null);
            }
            Map<String, Object> failure = result();
            failure.put("failure", message);
            if (repriceId != null) {
                failure.put("repriceJobId", repriceId);
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    UPDATE job SET state = 'FAILED', result = coalesce(result, '{}'::jsonb) || cast(? AS jsonb),
                                   error_count = error_count + 1,
                                   errors = CASE WHEN jsonb_array_length(errors) >= ? THEN errors
                                                 ELSE errors || cast(? AS jsonb) END,
                                   finished_at = ?, heartbeat = NULL
                    WHERE id = ?
                    RETURNING kind, state, rows_done, error_count""")) {
                statement.setString(1, write(failure));
                statement.setInt(2, MAX_ERRORS);
                statement.setString(3, write(List.of(new JobError(null, null, "job failed: " + message))));
                statement.setTimestamp(4, Timestamp.from(Instant.now(clock)));
                statement.setObject(5, id);
                finished(connection, id, statement);
            }
            audit.summarized(connection, AUDITED, id, "failed", failure);
            dropInput(connection, id);
            return Optional.ofNullable(repriceId);
        });
        reprice.ifPresent(ignored -> signal.release());
        return reprice;
    }

    private static boolean anyClaim(Connection connection, RepriceScope scope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM claim WHERE " + scope.condition("id") + ")");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Hands a job this runner stops working on (the service is shutting down) back to any runner at
     * once, as if its owner had died: what it committed stays, and the next runner resumes from there.
     */
    void handBack(UUID id, String owner) {
        update("UPDATE job SET owner = NULL, heartbeat = 'epoch'::timestamptz WHERE id = ? AND owner = ? AND state = 'RUNNING'",
                id, owner);
    }

    /** Fails a job no runner has started yet (its upload broke off); a running one fails as it reads the gap. */
    void failIfQueued(UUID id, String message) {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    UPDATE job SET state = 'FAILED', error_count = error_count + 1, errors = errors || cast(? AS jsonb),
                                   finished_at = ?, heartbeat = NULL
                    WHERE id = ? AND state = 'QUEUED'
                    RETURNING kind, state, rows_done, error_count""")) {
                statement.setString(1, write(List.of(new JobError(null, null, message))));
                statement.setTimestamp(2, Timestamp.from(Instant.now(clock)));
                statement.setObject(3, id);
                if (!finished(connection, id, statement)) {
                    return null;
                }
            }
            audit.summarized(connection, AUDITED, id, "failed", Map.of("failure", message));
            dropInput(connection, id);
            return null;
        });
    }

    private static int storeInput(Connection connection, UUID id, InputStream input) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO job_input (job_id, seq, data) VALUES (?, ?, ?)")) {
            int seq = 0;
            while (true) {
                byte[] piece = input.readNBytes(INPUT_PIECE);
                if (piece.length == 0) {
                    break;
                }
                statement.setObject(1, id);
                statement.setInt(2, seq++);
                statement.setBytes(3, piece);
                statement.executeUpdate();
            }
            return seq;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job's audit trail, newest first: who queued it (the token's subject), how it ended. */
    public PageResponse<AuditEvent> audit(UUID id, PageRequest page) {
        get(id);
        return audit.page(AUDITED, id, page);
    }

    // What a queued job's trail says: its kind and parameters (never its input).
    private static Map<String, Object> queued(Kind kind, Map<String, Object> params) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", kind.name());
        summary.put("params", params);
        return summary;
    }

    public Job get(UUID id) {
        return find(id).orElseThrow(() -> ApiException.notFound("job", id));
    }

    public Optional<Job> find(UUID id) {
        try (Connection connection = jdbc.connection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT id, kind, state, params::text, rows_total, rows_done, error_count, errors::text, result::text, "
                        + "created_at, started_at, finished_at FROM job WHERE id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Job(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)),
                        State.valueOf(rs.getString(3)), read(rs.getString(4), MAP), (Long) rs.getObject(5),
                        rs.getLong(6), rs.getInt(7), read(rs.getString(8), ERRORS),
                        rs.getString(9) == null ? null : read(rs.getString(9), MAP), instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12))));
            }
        } catch (SQLException e) {
            throw new Jdbc.DataAccessException(e);
        }
    }

    /**
     * A job this runner now owns: the next queued one whose input is complete or being received here,
     * or one whose owner (or whose upload) stopped beating.
     */
    Optional<Job> claimNext(String owner, Duration staleAfter, UUID[] receivingHere) {
        Instant now = Instant.now(clock);
        Timestamp stale = Timestamp.from(now.minus(staleAfter));
        UUID id = jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CLAIM_NEXT)) {
                statement.setString(1, owner);
                statement.setTimestamp(2, Timestamp.from(now));
                statement.setTimestamp(3, Timestamp.from(now));
                statement.setArray(4, connection.createArrayOf("uuid", receivingHere));
                statement.setTimestamp(5, stale);
                statement.setTimestamp(6, stale);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getObject(1, UUID.class) : null;
                }
            }
        });
        return id == null ? Optional.empty() : find(id);
    }

    /** Sets the number of input rows, counted while the upload was stored. */
    public void progressTotal(UUID id, long rowsTotal) {
        update("UPDATE job SET rows_total = coalesce(rows_total, ?) WHERE id = ?", rowsTotal, id);
    }

    /** Tells other runners the job's owner is alive. */
    void heartbeat(UUID id, String owner) {
        update("UPDATE job SET heartbeat = ? WHERE id = ? AND owner = ? AND state = 'RUNNING'",
                Timestamp.from(Instant.now(clock)), id, owner);
    }

    /** The job's input as one stream, read a piece at a time; see {@link JobUploads#input} for one still arriving. */
    InputStream input(UUID id) {
        int pieces = jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT (SELECT count(*) FROM job_input WHERE job_id = ?), input_pieces, receiving FROM job WHERE id = ?")) {
                statement.setObject(1, id);
                statement.setObject(2, id);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(3)) {
                        throw new IllegalStateException("the upload broke off before all of it was stored; "
                                + "upload the file again: what was stored already counts once");
                    }
                    if (rs.getInt(1) != rs.getInt(2)) {
                        throw new IllegalStateException("the job's input was lost (the database restarted after a crash); "
                                + "upload the file again: what was stored already counts once");
                    }
                    return rs.getInt(1);
                }
            }
        });
        return new SequenceInputStream(new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < pieces;
            }

            @Override
            public InputStream nextElement() {
                if (next >= pieces) {
                    throw new NoSuchElementException();
                }
                return new ByteArrayInputStream(piece(id, next++));
            }
        });
    }

    /** One stored piece of a job's input. */
    byte[] piece(UUID id, int seq) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT data FROM job_input WHERE job_id = ? AND seq = ?")) {
                // Binary transfer: as text, bytea doubles in size and costs the server and the driver a hex pass.
                statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
                statement.setObject(1, id);
                statement.setInt(2, seq);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("piece " + seq + " of the input of job " + id + " is missing");
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }

    /**
     * Records progress in the caller's transaction, so it commits with the work it counts: the
     * rows done so far, the total when known, new errors and the running result.
     */
    void progress(Connection connection, UUID id, long rowsDone, Long rowsTotal, List<JobError> newErrors,
                  Map<String, Object> result) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE job SET rows_done = ?, rows_total = coalesce(?, rows_total), error_count = error_count + ?,
                    errors = CASE WHEN jsonb_array_length(errors) >= ? THEN errors
                                  ELSE errors || cast(? AS jsonb) END,
                    result = cast(? AS jsonb)
                WHERE id = ?""")) {
            statement.setLong(1, rowsDone);
            statement.setObject(2, rowsTotal);
            statement.setInt(3, newErrors.size());
            statement.setInt(4, MAX_ERRORS);
            statement.setString(5, write(newErrors.subList(0, Math.min(newErrors.size(), MAX_ERRORS))));
            statement.setString(6, write(result));
            statement.setObject(7, id);
            statement.executeUpdate();
        }
    }

    /** Progress outside any other work. */
    public void progress(UUID id, long rowsDone, Long rowsTotal, List<JobError> newErrors, Map<String, Object> result) {
        jdbc.inTransaction(connection -> {
            progress(connection, id, rowsDone, rowsTotal, newErrors, result);
            return null;
        });
    }

    /** Ends the job; its input is no longer needed. */
    public void finish(UUID id, State state, Map<String, Object> result, List<JobError> errors) {
        jdbc.inTransaction(connection -> {
            if (!errors.isEmpty()) {
                progress(connection, id, currentRowsDone(connection, id), null, errors, result);
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE job SET state = ?, result = cast(? AS jsonb), finished_at = ?, heartbeat = NULL WHERE id = ?"
                            + " RETURNING kind, state, rows_done, error_count")) {
                statement.setString(1, state.name());
                statement.setString(2, write(result));
                statement.setTimestamp(3, Timestamp.from(Instant.now(clock)));
                statement.setObject(4, id);
                finished(connection, id, statement);
            }
            Map<String, Object> ended = new LinkedHashMap<>();
            ended.put("state", state.name());
            ended.put("result", result);
            ended.put("newErrors", errors.size());
            audit.summarized(connection, AUDITED, id, state == State.SUCCEEDED ? "succeeded" : "failed", ended);
            dropInput(connection, id);
            return null;
        });
    }

    /** Runs the UPDATE that ends a job and, if it ended one, writes job.finished in the same transaction. */
    private boolean finished(Connection connection, UUID id, PreparedStatement endJob) throws SQLException {
        try (ResultSet rs = endJob.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            events.jobFinished(connection, new AnalyticsChanged.Job(id, rs.getString(1), rs.getString(2), rs.getLong(3),
                    rs.getLong(4)));
            return true;
        }
    }

    /** A job's input, no longer needed once the job has ended. */
    private static void dropInput(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM job_input WHERE job_id = ?")) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    private static long currentRowsDone(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT rows_done FROM job WHERE id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    /** A fresh result map, insertion-ordered for readable JSON. */
    public static Map<String, Object> result() {
        return new LinkedHashMap<>();
    }

    static List<JobError> errors() {
        return new ArrayList<>();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            // Decimals stay decimals when a stored result is read back, never doubles.
            return json.readerFor(type).with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
