package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AnalyticsConfig;
import com.payorcontracts.analytics.repository.Ids;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.rest.ProblemDetail.FieldError;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.x12.X12ReadException;
import com.payorcontracts.x12.remittance.BalanceCheck;
import com.payorcontracts.x12.remittance.BalanceViolation;
import com.payorcontracts.x12.remittance.ReadWarning;
import com.payorcontracts.x12.remittance.Remittance835Reader;
import com.payorcontracts.x12.remittance.RemittanceAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Remittances in: an 835 is read and balanced whole before anything is stored, then stored in one
 * go (small files) or transaction by transaction in a job (big ones); the same bytes again answer
 * with the first upload. The billed claims a remittance pays are repriced.
 */
@ApplicationScoped
public class RemittanceService implements JobHandler {

    /** A stored upload as clients see it. */
    public record RemittanceView(UUID id, String source, @Schema(nullable = true) UUID payorId,
                                 @Schema(nullable = true) String payerName, int transactionCount,
                                 int duplicateTransactions, int claimCount, BigDecimal totalPaid,
                                 @Schema(nullable = true) LocalDate paymentDate,
                                 List<String> warnings, @Schema(nullable = true) UUID jobId, Instant receivedAt) {
    }

    /** The answer to an upload: the remittance, whether this request created it, or the job that will. */
    public record Upload(RemittanceView remittance, boolean created, UUID jobId) {
    }

    private static final int MAX_REPORTED = 50;

    /** The resource type of a remittance's audit trail. */
    static final String AUDITED = "remittance";

    private final Jdbc jdbc;
    private final AuditTrail audit;
    private final RemittanceIngest ingest;
    private final Repricer repricer;
    private final Jobs jobs;
    private final AnalyticsConfig config;
    private final Clock clock;
    private final PayorEdiIds payorEdiIds;

    RemittanceService(Jdbc jdbc, RemittanceIngest ingest, Repricer repricer, Jobs jobs, AnalyticsConfig config,
                      Clock clock, AuditTrail audit, PayorEdiIds payorEdiIds) {
        this.payorEdiIds = payorEdiIds;
        this.jdbc = jdbc;
        this.audit = audit;
        this.ingest = ingest;
        this.repricer = repricer;
        this.jobs = jobs;
        this.config = config;
        this.clock = clock;
    }

    /** Reads, checks and stores an 835 at once. */
    public Upload uploadX12(byte[] body, String contentHash, UUID payorId) {
        Optional<RemittanceView> existing = findByHash(contentHash);
        if (existing.isPresent()) {
            return new Upload(existing.get(), false, null);
        }
        List<RemittanceAdvice> advices = readAndCheck(() -> new ByteArrayInputStream(body));
        return store(advices, contentHash, "X12_835", payorId);
    }

    /** Stores a JSON remittance, after checking it as strictly as an 835. */
    public Upload postJson(RemittanceInput remittance, String contentHash) {
        if (remittance == null) {
            throw ApiException.invalidField("body", "is required");
        }
        Optional<RemittanceView> existing = findByHash(contentHash);
        if (existing.isPresent()) {
            return new Upload(existing.get(), false, null);
        }
        return store(List.of(remittance.toAdvice()), contentHash, "JSON", remittance.payorId());
    }

    /** Stores remittances already read (and balanced) from another format. */
    Upload store(List<RemittanceAdvice> advices, String contentHash, String source, UUID payorId) {
        Instant now = Instant.now(clock);
        UUID id = Ids.next();
        RemittanceIngest.Stored stored;
        try {
            stored = jdbc.inTransaction(connection -> {
                if (!ingest.open(connection, id, contentHash, source, payorOf(advices.get(0), payorId),
                        advices.get(0).payer().name(), null, now)) {
                    return null;
                }
                int duplicates = 0;
                for (RemittanceAdvice advice : advices) {
                    duplicates += ingest.addTransaction(connection, id, advice, payorOf(advice, payorId)) ? 0 : 1;
                }
                return audited(connection, source, payorId, null,
                        ingest.close(connection, id, advices.size(), duplicates, RemittanceIngest.warnings(advices)));
            });
        } catch (Jdbc.DataAccessException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            stored = null; // the same bytes, uploaded at the same moment by another request
        }
        if (stored == null) {
            return new Upload(findByHash(contentHash).orElseThrow(), false, null);
        }
        repricer.repriceAfterCommit(RepriceScope.claims(stored.linkedClaims()));
        return new Upload(get(id), true, null);
    }

    // A remittance's audit row, in the transaction that completes it: by the token's subject for a request,
    // by the system for a job (whose own trail names who queued it).
    private RemittanceIngest.Stored audited(java.sql.Connection connection, String source, UUID payorId, UUID jobId,
                                            RemittanceIngest.Stored stored) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("source", source);
        summary.put("payorId", payorId);
        summary.put("jobId", jobId);
        summary.put("transactions", stored.transactions());
        summary.put("duplicateTransactions", stored.duplicateTransactions());
        summary.put("claims", stored.claims());
        summary.put("totalPaid", stored.totalPaid() == null ? null : stored.totalPaid().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        summary.put("linkedClaims", stored.linkedClaims().size());
        audit.summarized(connection, AUDITED, stored.id(), "created", summary);
        return stored;
    }

    /** The remittance's audit trail, newest first. */
    public PageResponse<AuditEvent> audit(UUID id, PageRequest page) {
        get(id);
        return audit.page(AUDITED, id, page);
    }

    /**
     * The payor of a payment: the one the uploader named, else the one whose EDI payer ids hold the
     * payer's id (REF*2U, else N104); null when none or several do.
     */
    private UUID payorOf(RemittanceAdvice advice, UUID named) {
        if (named != null || advice.payer() == null) {
            return named;
        }
        String payerId = advice.payer().reference("2U");
        return payorEdiIds.payorOf(payerId != null ? payerId : advice.payer().id()).orElse(null);
    }

    /** Queues a big 835 as a job; it is checked whole before anything is stored. */
    public Upload startX12Job(InputStream body, String contentHash, UUID payorId) {
        Optional<RemittanceView> existing = findByHash(contentHash);
        if (existing.isPresent()) {
            return new Upload(existing.get(), false, null);
        }
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("contentHash", contentHash);
        params.put("payorId", payorId == null ? null : payorId.toString());
        return new Upload(null, true, jobs.create(Jobs.Kind.REMITTANCE_X12, params, body));
    }

    @Override
    public Jobs.Kind kind() {
        return Jobs.Kind.REMITTANCE_X12;
    }

    @Override
    public void run(Jobs.Job job) {
        String hash = (String) job.params().get("contentHash");
        UUID payorId = job.params().get("payorId") == null ? null : UUID.fromString((String) job.params().get("payorId"));
        Map<String, Object> result = Jobs.result();
        int[] claims = {0};
        List<FieldError> problems = check(() -> jobs.input(job.id()), advice -> claims[0] += advice.claims().size());
        if (!problems.isEmpty()) {
            List<Jobs.JobError> errors = problems.stream().map(p -> new Jobs.JobError(null, p.field(), p.message())).toList();
            result.put("stored", false);
            jobs.finish(job.id(), Jobs.State.FAILED, result, errors);
            return;
        }
        jobs.progress(job.id(), 0, (long) claims[0], List.of(), result);
        UUID id = Ids.next();
        Instant now = Instant.now(clock);
        UUID remittanceId = jdbc.inTransaction(connection -> {
            if (ingest.open(connection, id, hash, "X12_835", payorId, null, job.id(), now)) {
                return id;
            }
            return existingFor(connection, hash, job.id());
        });
        if (remittanceId == null) {
            result.put("duplicateOf", findByHash(hash).map(RemittanceView::id).orElse(null));
            jobs.finish(job.id(), Jobs.State.SUCCEEDED, result, List.of());
            return;
        }
        // Resumable: a payment stored by an earlier run of this job is recognised by its trace and skipped.
        long[] done = {0};
        int[] transactions = {0};
        int[] duplicates = {0};
        List<ReadWarning> warnings = new ArrayList<>();
        read(() -> jobs.input(job.id()), advice -> jdbc.inTransaction(connection -> {
            transactions[0]++;
            warnings.addAll(advice.warnings());
            if (!ingest.addTransaction(connection, remittanceId, advice, payorOf(advice, payorId))) {
                duplicates[0]++;
            }
            done[0] += advice.claims().size();
            jobs.progress(connection, job.id(), done[0], null, List.of(), result);
            return null;
        }));
        RemittanceIngest.Stored stored = jdbc.inTransaction(connection -> audited(connection, "X12_835", payorId, job.id(),
                ingest.close(connection, remittanceId, transactions[0], duplicates[0], warnings)));
        result.put("remittanceId", remittanceId);
        result.put("claimCount", stored.claims());
        // Money in a job result is a decimal string ("1150.00"): the result is free-form JSON, where a number reads back as a float.
        result.put("totalPaid", stored.totalPaid().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        result.put("linkedClaims", stored.linkedClaims().size());
        if (config.repriceAfterImport() && !stored.linkedClaims().isEmpty()) {
            result.put("repriceJobId", jobs.create(Jobs.Kind.REPRICE,
                    RepriceScope.remittance(remittanceId).params(), null));
        }
        jobs.finish(job.id(), Jobs.State.SUCCEEDED, result, List.of());
    }

    private static UUID existingFor(Connection connection, String hash, UUID jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM remittance WHERE content_hash = ? AND job_id = ?")) {
            statement.setString(1, hash);
            statement.setObject(2, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    /** Every transaction of the input, read and balanced; a 422 naming the segments otherwise. */
    private static List<RemittanceAdvice> readAndCheck(Supplier<InputStream> input) {
        List<RemittanceAdvice> advices = new ArrayList<>();
        List<FieldError> problems = check(input, advices::add);
        if (!problems.isEmpty()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "the 835 was not stored: " + problems.get(0).field() + ": "
                    + problems.get(0).message() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    problems);
        }
        return advices;
    }

    /** Reads the whole input and checks its balancing; the problems, each naming its segment. */
    private static List<FieldError> check(Supplier<InputStream> input, java.util.function.Consumer<RemittanceAdvice> sink) {
        List<FieldError> problems = new ArrayList<>();
        int[] transactions = {0};
        try {
            read(input, advice -> {
                transactions[0]++;
                for (BalanceViolation violation : BalanceCheck.check(advice)) {
                    if (problems.size() < MAX_REPORTED) {
                        problems.add(new FieldError("segment " + violation.position() + " (" + violation.segmentId() + ")",
                                violation.rule() + " does not balance: " + violation.message()));
                    }
                }
                sink.accept(advice);
            });
        } catch (X12ReadException e) {
            problems.add(new FieldError(e.segmentPosition() > 0
                    ? "segment " + e.segmentPosition() + (e.segmentId() == null ? "" : " (" + e.segmentId() + ")") : "body",
                    e.getMessage()));
        }
        if (problems.isEmpty() && transactions[0] == 0) {
            problems.add(new FieldError("body", "holds no 835 transaction (ST*835 ... SE)"));
        }
        return problems;
    }

    private static void read(Supplier<InputStream> input, java.util.function.Consumer<RemittanceAdvice> sink) {
        try (Reader in = new InputStreamReader(input.get(), StandardCharsets.ISO_8859_1)) {
            Remittance835Reader.forEach(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RemittanceView get(UUID id) {
        return query("WHERE id = ?", id).stream().findFirst().orElseThrow(() -> ApiException.notFound("remittance", id));
    }

    public Optional<RemittanceView> findByHash(String hash) {
        return query("WHERE content_hash = ?", hash).stream().findFirst();
    }

    public PageResponse<RemittanceView> list(UUID payorId, PageRequest page) {
        String where = payorId == null ? "WHERE ? IS NULL" : "WHERE payor_id = ?";
        List<RemittanceView> items = query(where + " ORDER BY received_at DESC, id LIMIT " + page.size() + " OFFSET "
                + page.offset(), payorId);
        long total = jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM remittance " + where.replace("?", "cast(? AS uuid)"))) {
                statement.setObject(1, payorId);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return PageResponse.of(items, page, total, r -> r);
    }

    private List<RemittanceView> query(String condition, Object parameter) {
        String sql = "SELECT id, source, payor_id, payer_name, transaction_count, duplicate_transactions, claim_count, "
                + "total_paid, payment_date, warnings::text, job_id, received_at FROM remittance "
                + condition.replaceFirst("\\?", parameter instanceof UUID || parameter == null ? "cast(? AS uuid)" : "?");
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, parameter);
                List<RemittanceView> views = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        views.add(new RemittanceView(rs.getObject(1, UUID.class), rs.getString(2),
                                rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                                rs.getBigDecimal(8), rs.getObject(9, LocalDate.class),
                                List.of(com.payorcontracts.events.EventCodec.decode(
                                        rs.getString(10).getBytes(StandardCharsets.UTF_8), String[].class)),
                                rs.getObject(11, UUID.class), rs.getTimestamp(12).toInstant()));
                    }
                }
                return views;
            }
        });
    }
}
