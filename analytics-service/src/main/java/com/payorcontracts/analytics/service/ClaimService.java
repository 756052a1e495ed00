package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AnalyticsConfig;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.DatabaseFailure;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.rest.ProblemDetail.FieldError;
import com.payorcontracts.platform.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Claims in (JSON one at a time or in batches, CSV as a job) and claims out, with expected versus paid per line. */
@ApplicationScoped
public class ClaimService {

    /** A claim with its lines' expected versus paid. */
    public record ClaimView(UUID id, String claimId, UUID payorId, @Schema(nullable = true) String providerTin,
                            @Schema(nullable = true) String providerNpi, @Schema(nullable = true) UUID contractId,
                            ClaimIngest.ContractMatch contractMatch, @Schema(nullable = true) String billingClass,
                            @Schema(nullable = true) LocalDate submissionDate,
                            @Schema(nullable = true) LocalDate firstServiceDate, BigDecimal totalBilled,
                            @Schema(nullable = true) BigDecimal totalExpected,
                            @Schema(nullable = true) BigDecimal totalPaid, @Schema(nullable = true) Payment payment,
                            @Schema(nullable = true) List<LineView> lines, Instant createdAt,
                            @Schema(description = "frequency code of the version in force: 1 original, 7 replacement, 8 voided")
                            String frequencyCode,
                            @Schema(description = "the version in force, 1 for the original; earlier ones at /versions")
                            int version,
                            @Schema(nullable = true, description = "when a void (frequency code 8) arrived; a voided claim counts in no total")
                            Instant voidedAt) {
    }

    /** When the claim was paid, against the contract's clean-claim days. */
    public record Payment(@Schema(nullable = true) LocalDate receivedDate,
                          @Schema(nullable = true) LocalDate paymentDate, @Schema(nullable = true) Integer daysToPay,
                          @Schema(nullable = true) Integer cleanClaimDays,
                          @Schema(nullable = true) Integer lateDays, @Schema(nullable = true) BigDecimal interestOwed) {
    }

    /**
     * One line: what was billed, what the contract says (pricing PRICED, or NO_CONTRACT, OUTSIDE_TERMS,
     * TERMS_INVALID), what the remittances paid, and the variance (paid + patient responsibility − expected).
     */
    public record LineView(int lineNo, String code, List<String> modifiers, int units,
                           @Schema(nullable = true) String placeOfService,
                           @Schema(nullable = true) LocalDate dateOfService, BigDecimal billedCharge, String pricing,
                           @Schema(nullable = true) BigDecimal expected,
                           @Schema(nullable = true) String rule,
                           @Schema(nullable = true) String matchedRow, boolean remitted,
                           @Schema(nullable = true) BigDecimal paid, @Schema(nullable = true) BigDecimal allowed,
                           @Schema(nullable = true) BigDecimal patientResponsibility,
                           @Schema(nullable = true) BigDecimal variance, boolean denied) {
    }

    /** The result of one posted claim. */
    public record Posted(ClaimIngest.Outcome outcome, ClaimView claim) {
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ClaimService.class);

    /** The resource type of a claim's audit trail. */
    static final String AUDITED = "claim";

    private final Jdbc jdbc;
    private final AuditTrail audit;
    private final ClaimIngest ingest;
    private final TermsCatalog catalog;
    private final Repricer repricer;
    private final JobUploads uploads;
    private final AnalyticsConfig config;
    private final Clock clock;
    private final PayorEdiIds payorEdiIds;

    ClaimService(Jdbc jdbc, ClaimIngest ingest, TermsCatalog catalog, Repricer repricer, JobUploads uploads,
                 AnalyticsConfig config, Clock clock, AuditTrail audit,
                 PayorEdiIds payorEdiIds) {
        this.payorEdiIds = payorEdiIds;
        this.uploads = uploads;
        this.audit = audit;
        this.jdbc = jdbc;
        this.ingest = ingest;
        this.catalog = catalog;
        this.repricer = repricer;
        this.config = config;
        this.clock = clock;
    }

    /** Stores one claim (or recognises it), reprices it, and returns it; a conflict is a 409. */
    public Posted post(ClaimInput claim) {
        List<FieldError> errors = new ArrayList<>();
        ClaimValidator.validate(claim, "", errors);
        reject(errors);
        claim = withPayor(claim, "ediPayerId");
        ClaimIngest.Result result = write(List.of(claim)).get(0);
        if (result.outcome() == ClaimIngest.Outcome.CONFLICT) {
            throw ApiException.conflict("claim " + claim.claimId() + " of payor " + claim.payorId()
                    + " exists (id " + result.id() + ") with other content; send frequencyCode 7 to replace it");
        }

        return new Posted(result.outcome(), readBack(result, claim));
    }

    /**
     * The stored claim as it is now; if the database went away in the instant after the commit, the
     * claim as it was stored, its lines not yet priced. Answering an error there would tell the client
     * that a stored claim was not: a 201 with what was stored is the truth (its Location shows the
     * priced claim once the database is back, and the next repricing prices it).
     */
    private ClaimView readBack(ClaimIngest.Result result, ClaimInput claim) {
        try {
            return get(result.id());
        } catch (RuntimeException e) {
            if (DatabaseFailure.of(e) != DatabaseFailure.UNAVAILABLE) {
                throw e;
            }
            LOG.warnf("Claim %s stored, but could not be read back: %s", result.id(), e.getMessage());
            List<LineView> lines = new ArrayList<>();
            BigDecimal billed = BigDecimal.ZERO.setScale(2);
            LocalDate first = null;
            for (int i = 0; i < claim.lines().size(); i++) {
                ClaimInput.Line line = claim.lines().get(i);
                lines.add(new LineView(i + 1, line.code(), line.modifiers() == null ? List.of() : line.modifiers(),
                        line.units() == null ? 1 : line.units(), line.placeOfService(), line.dateOfService(), line.billedCharge(),
                        null, null, null, null, false, null, null, null, null, false));
                billed = billed.add(line.billedCharge());
                first = first == null || line.dateOfService().isBefore(first) ? line.dateOfService() : first;
            }
            return new ClaimView(result.id(), claim.claimId(), claim.payorId(), claim.providerTin(), claim.providerNpi(),
                    result.contractId(), result.contractMatch(), claim.billingClass(), claim.submissionDate(), first, billed,
                    null, null, new Payment(null, null, null, null, null, null), lines, Instant.now(clock),
                    claim.frequency().code(), 0, null);
        }
    }

    /** Stores a batch atomically after checking all of it; each claim's outcome in order. */
    public List<ClaimIngest.Result> postBatch(List<ClaimInput> claims) {
        List<FieldError> errors = new ArrayList<>();
        if (claims == null || claims.isEmpty()) {
            errors.add(new FieldError("claims", "must have at least one claim"));
        } else if (claims.size() > config.maxBatchClaims()) {
            errors.add(new FieldError("claims", "must have at most " + config.maxBatchClaims()
                    + " claims; upload larger sets as CSV"));
        } else {
            for (int i = 0; i < claims.size(); i++) {
                ClaimValidator.validate(claims.get(i), "claims[" + i + "].", errors);
            }
        }
        reject(errors);
        List<ClaimInput> resolved = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            resolved.add(withPayor(claims.get(i), "claims[" + i + "].ediPayerId"));
        }
        return write(resolved);
    }

    /**
     * A replacement or void of a claim never stored is the client's mistake (a wrong claim id, or the
     * original not sent yet): 422 naming each such claim's frequency code, and the request stores nothing.
     */
    private static void refuseUnknownClaims(List<ClaimInput> claims, List<ClaimIngest.Result> results) {
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).outcome() == ClaimIngest.Outcome.UNKNOWN_CLAIM) {
                ClaimInput claim = claims.get(i);
                unknown.add(new FieldError(claims.size() == 1 ? "frequencyCode" : "claims[" + i + "].frequencyCode",
                        "frequency code " + claim.frequencyCode().strip() + " " + (claim.frequency()
                                == com.payorcontracts.analytics.domain.ClaimFrequency.VOID ? "voids" : "replaces")
                                + " a claim sent before, and no claim " + claim.claimId() + " of payor " + claim.payorId()
                                + " is stored"));
            }
        }
        if (!unknown.isEmpty()) {
            String detail = unknown.stream().limit(5).map(e -> e.field() + " " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            throw new ApiException(ProblemType.UNPROCESSABLE, detail, unknown);
        }
    }

    /** The claim with its payor named by our id: an EDI payer id is looked up (400 naming {@code field} if no one payor holds it). */
    private ClaimInput withPayor(ClaimInput claim, String field) {
        return claim.payorId() != null ? claim : claim.withPayorId(payorEdiIds.require(claim.ediPayerId(), field));
    }

    /** Queues a CSV history as a job, which starts importing while the upload is still arriving. */
    public UUID startCsvJob(InputStream csv) {
        return uploads.create(Jobs.Kind.CLAIMS_CSV, Map.of(), csv);
    }

    private List<ClaimIngest.Result> write(List<ClaimInput> claims) {
        TermsCatalog.Snapshot terms = catalog.current();
        List<ClaimIngest.Result> results;
        try {
            results = jdbc.inTransaction(connection -> audited(connection, claims,
                    ingest.write(connection, claims, terms, null, Instant.now(clock))));
        } catch (Jdbc.DataAccessException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            // Another request stored one of these claims in the meantime: now it is simply known.
            results = jdbc.inTransaction(connection -> audited(connection, claims,
                    ingest.write(connection, claims, terms, null, Instant.now(clock))));
        }
        repricer.repriceAfterCommit(RepriceScope.claims(results.stream().filter(r -> r.outcome() == ClaimIngest.Outcome.CREATED
                || r.outcome() == ClaimIngest.Outcome.REPLACED).map(ClaimIngest.Result::id).distinct().toList()));
        return results;
    }

    // Each claim this request stored, replaced or voided gets its audit row in the same transaction (claims a CSV
    // job stores are summed up in the job's trail instead).
    private List<ClaimIngest.Result> audited(java.sql.Connection connection, List<ClaimInput> claims, List<ClaimIngest.Result> results) {
        refuseUnknownClaims(claims, results);
        for (int i = 0; i < results.size(); i++) {
            ClaimIngest.Result result = results.get(i);
            String action = switch (result.outcome()) {
                case CREATED -> "created";
                case REPLACED -> "replaced";
                case VOIDED -> "voided";
                default -> null;
            };
            if (action == null) {
                continue;
            }
            Map<String, Object> summary = new java.util.LinkedHashMap<>();
            summary.put("claimId", result.claimId());
            summary.put("payorId", result.payorId());
            summary.put("contractId", result.contractId());
            summary.put("contractMatch", result.contractMatch());
            if (results.size() == claims.size() && claims.get(i).lines() != null) {
                summary.put("lines", claims.get(i).lines().size());
            }
            if (results.size() > 1) {
                summary.put("batchOf", results.size());
            }
            audit.summarized(connection, AUDITED, result.id(), action, summary);
        }
        return results;
    }

    /** The claim's audit trail, newest first. */
    public PageResponse<AuditEvent> audit(UUID id, PageRequest page) {
        get(id);
        return audit.page(AUDITED, id, page);
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            String detail = errors.stream().limit(5).map(e -> e.field() + " " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            throw new ApiException(ProblemType.VALIDATION, detail, errors);
        }
    }

    public ClaimView get(UUID id) {
        return jdbc.inTransaction(connection -> {
            ClaimView header;
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT c.id, c.claim_ref, c.payor_id, c.provider_tin, c.provider_npi, c.contract_id, c.contract_match,
                           c.billing_class, c.submission_date, c.first_service_date, c.total_billed, r.expected, r.paid,
                           r.received_date, r.payment_date, r.days_to_pay, r.clean_claim_days, r.late_days, r.interest_owed,
                           c.created_at, c.frequency_code, c.version, c.voided_at
                    FROM claim c LEFT JOIN claim_result r ON r.claim_id = c.id WHERE c.id = ?""")) {
                statement.setObject(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiException.notFound("claim", id);
                    }
                    header = new ClaimView(id, rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getString(5), rs.getObject(6, UUID.class), ClaimIngest.ContractMatch.valueOf(rs.getString(7)),
                            rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                            rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                            new Payment(rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
                                    (Integer) rs.getObject(16), (Integer) rs.getObject(17), (Integer) rs.getObject(18),
                                    rs.getBigDecimal(19)),
                            null, rs.getTimestamp(20).toInstant(), rs.getString(21), rs.getInt(22), instant(rs, 23));
                }
            }
            List<LineView> lines = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT l.line_no, l.code, l.modifiers, l.units, l.place_of_service, l.service_date, l.billed,
                           r.pricing, r.expected, r.rule, r.matched_key, coalesce(r.remitted, false), r.paid, r.allowed,
                           r.patient_resp, r.variance, coalesce(r.denied, false)
                    FROM claim_line l LEFT JOIN line_result r ON r.claim_id = l.claim_id AND r.line_no = l.line_no
                    WHERE l.claim_id = ? ORDER BY l.line_no""")) {
                statement.setObject(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new LineView(rs.getInt(1), rs.getString(2),
                                rs.getString(3) == null ? List.of() : List.of(rs.getString(3).split(",")), rs.getInt(4),
                                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getString(8),
                                rs.getBigDecimal(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                                rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBigDecimal(16),
                                rs.getBoolean(17)));
                    }
                }
            }
            return new ClaimView(header.id(), header.claimId(), header.payorId(), header.providerTin(),
                    header.providerNpi(), header.contractId(), header.contractMatch(), header.billingClass(),
                    header.submissionDate(), header.firstServiceDate(), header.totalBilled(), header.totalExpected(),
                    header.totalPaid(), header.payment(), lines, header.createdAt(), header.frequencyCode(), header.version(),
                    header.voidedAt());
        });
    }

    /** Claims, newest first, by payor, contract, contract match (UNMATCHED: the claims no contract covers) and claim id. */
    /**
     * One page of claims, newest first: page {@code page.page()} when {@code after} is null, else the
     * {@code page.size()} claims after the one whose key ({@link #keyOf}) is {@code after}; the total
     * is counted unless {@code knownTotal} gives it (a page token's).
     */
    public ClaimPage list(UUID payorId, UUID contractId, ClaimIngest.ContractMatch match, String claimId, List<UUID> ids,
                          PageRequest page, List<String> after, Long knownTotal) {
        String where = " WHERE (cast(? AS uuid) IS NULL OR c.payor_id = ?) AND (cast(? AS uuid) IS NULL OR c.contract_id = ?)"
                + " AND (cast(? AS text) IS NULL OR c.contract_match = ?) AND (cast(? AS text) IS NULL OR c.claim_ref = ?)"
                + (ids.isEmpty() ? "" : " AND c.id = ANY(cast(? AS uuid[]))");
        List<Object> parameters = new ArrayList<>(java.util.Arrays.asList(payorId, payorId, contractId, contractId,
                match == null ? null : match.name(), match == null ? null : match.name(), claimId, claimId));
        if (!ids.isEmpty()) {
            parameters.add(ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")));
        }
        // A page token continues below the previous page's last (created_at, id): one index range, however deep.
        String afterKey = "";
        List<Object> pageParameters = new ArrayList<>(parameters);
        if (after != null) {
            if (after.size() != 2) {
                throw new IllegalArgumentException("a claim key has 2 values");
            }
            afterKey = " AND (c.created_at, c.id) < (?, ?)";
            pageParameters.add(java.time.OffsetDateTime.ofInstant(java.time.Instant.parse(after.get(0)), java.time.ZoneOffset.UTC));
            pageParameters.add(UUID.fromString(after.get(1)));
        }
        String select = """
                SELECT c.id, c.claim_ref, c.payor_id, c.provider_tin, c.provider_npi, c.contract_id, c.contract_match,
                       c.billing_class, c.submission_date, c.first_service_date, c.total_billed, r.expected, r.paid,
                       c.created_at, c.frequency_code, c.version, c.voided_at
                FROM claim c LEFT JOIN claim_result r ON r.claim_id = c.id""" + where + afterKey
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + page.size() + (after == null ? " OFFSET " + page.offset() : "");
        return jdbc.inTransaction(connection -> {
            long total = knownTotal == null ? count(connection, "SELECT count(*) FROM claim c" + where, parameters) : knownTotal;
            List<ClaimView> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                bind(statement, pageParameters.toArray());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ClaimView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class),
                                ClaimIngest.ContractMatch.valueOf(rs.getString(7)), rs.getString(8),
                                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getBigDecimal(11),
                                rs.getBigDecimal(12), rs.getBigDecimal(13), null, null, rs.getTimestamp(14).toInstant(),
                                rs.getString(15), rs.getInt(16), instant(rs, 17)));
                    }
                }
            }
            return new ClaimPage(items, total);
        });
    }

    private static long count(java.sql.Connection connection, String sql, List<Object> parameters) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters.toArray());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A claim's place in the list order, as a page token keeps it. */
    public static List<String> keyOf(ClaimView claim) {
        return List.of(claim.createdAt().toString(), claim.id().toString());
    }

    /** One page of claims and how many match in all. */
    public record ClaimPage(List<ClaimView> items, long totalItems) {
    }

    private static Instant instant(ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static void bind(PreparedStatement statement, Object[] parameters) throws java.sql.SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
