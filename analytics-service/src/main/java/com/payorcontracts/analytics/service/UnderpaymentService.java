package com.payorcontracts.analytics.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The underpayment worklist: lines paid less than the contract says, and the work on recovering them. */
@ApplicationScoped
public class UnderpaymentService {

    /** Where the work on an underpayment stands. */
    @Schema(name = "UnderpaymentStatus")
    public enum Status {
        DETECTED, IN_REVIEW, APPEALED, RECOVERED, WRITTEN_OFF, INVALID;

        private static final Map<Status, Set<Status>> NEXT = Map.of(
                DETECTED, EnumSet.of(IN_REVIEW, INVALID),
                IN_REVIEW, EnumSet.of(APPEALED, WRITTEN_OFF, INVALID),
                APPEALED, EnumSet.of(RECOVERED, WRITTEN_OFF, INVALID),
                RECOVERED, EnumSet.noneOf(Status.class),
                WRITTEN_OFF, EnumSet.noneOf(Status.class),
                INVALID, EnumSet.noneOf(Status.class));

        /** The statuses this one may move to. */
        public Set<Status> next() {
            return NEXT.get(this);
        }
    }

    /** A worklist item with its line's current figures. */
    public record Underpayment(long id, UUID claimId, String claimRef, UUID payorId,
                               @Schema(nullable = true) UUID contractId, int lineNo,
                               String code, LocalDate dateOfService, BigDecimal billed, BigDecimal expected,
                               BigDecimal paid, @Schema(nullable = true) BigDecimal patientResponsibility,
                               BigDecimal variance, @Schema(nullable = true) String rule,
                               Status status, Set<Status> nextStatuses, @Schema(nullable = true) String assignee,
                               @Schema(nullable = true) String note,
                               Instant detectedAt, Instant updatedAt,
                               @Schema(nullable = true, description = "The contract's name, a label for screens; null before analytics has the contract")
                               String contractName,
                               @Schema(nullable = true, description = "The payor's name, a label for screens; null before analytics has the payor")
                               String payorName,
                               @Schema(nullable = true, description = "Set when the service this item was found on is"
                                       + " no longer billed: the claim was voided, or its replacement dropped the service."
                                       + " The figures are then the last ones priced for the service; the work on the item"
                                       + " goes on. Null while the line stands.")
                               LineEnded lineEnded,
                               @Schema(nullable = true, description = "When the line ended; null while it stands")
                               Instant lineEndedAt,
                               @JsonIgnore @Schema(hidden = true) long version) {
    }

    /** How the service an item was found on stopped being billed. */
    @Schema(name = "UnderpaymentLineEnded")
    public enum LineEnded {
        /** The claim was voided (frequency code 8). */
        VOIDED,
        /** A replacement (frequency code 7) no longer bills the service. */
        REPLACED
    }

    /** The orders of the worklist; each ends with the id so pages never overlap. */
    public enum WorklistSort {
        AMOUNT_DESC("-amount", "variance, id"),
        AMOUNT("amount", "variance DESC, id"),
        // Age grows as detection recedes: "age" puts the newest first, "-age" the oldest.
        AGE("age", "detected_at DESC, id"),
        AGE_DESC("-age", "detected_at, id"),
        SERVICE_DATE("dateOfService", "service_date, id"),
        SERVICE_DATE_DESC("-dateOfService", "service_date DESC, id");

        /** Documented in the API: a field, with a leading '-' for descending (the largest shortfall, the oldest item). */
        public static final String PARAMETER_PATTERN = "-?(amount|age|dateOfService)";

        private final String parameter;
        private final String orderBy;

        WorklistSort(String parameter, String orderBy) {
            this.parameter = parameter;
            this.orderBy = orderBy;
        }

        public static WorklistSort parse(String parameter) {
            return java.util.Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst().orElse(AMOUNT_DESC);
        }

        String orderBy() {
            return orderBy;
        }
    }

    /** A change of status, assignee or note; absent fields stay as they are. */
    @Schema(name = "UnderpaymentChange", example = """
            {"status": "IN_REVIEW", "assignee": "dana", "note": "asked the payer for the allowed amount"}""")
    public record Change(Status status, String assignee, String note) {
    }

    private static final String COLUMNS = """
            SELECT u.id, u.claim_id, c.claim_ref, r.payor_id, r.contract_id, u.line_no, r.code, r.service_date, r.billed,
                   r.expected, r.paid, r.patient_resp, r.variance, r.rule, u.status, u.assignee, u.note, u.detected_at,
                   u.updated_at, u.row_version, p.name AS contract_name, pp.name AS payor_name, u.ended_by, u.ended_at
            """;
    private static final String NAMES = """
            JOIN claim c ON c.id = u.claim_id
            LEFT JOIN contract_projection p ON p.contract_id = r.contract_id
            LEFT JOIN payor_projection pp ON pp.payor_id = r.payor_id""";

    /**
     * The items meeting {@code conditions} (SQL on {@code u} and the figures {@code r}, bound twice):
     * live ones with their line's current figures (line_result), ended ones with the last figures
     * priced for their service (underpayment_figures: another service may have their line's number
     * now). Two branches rather than one join on either table, so the live branch keeps the plain
     * join's plan.
     */
    private static String items(String conditions) {
        return COLUMNS + "FROM underpayment u JOIN line_result r ON r.claim_id = u.claim_id AND r.line_no = u.line_no "
                + NAMES + " WHERE u.ended_at IS NULL AND " + conditions
                + " UNION ALL " + COLUMNS + "FROM underpayment u JOIN underpayment_figures r ON r.underpayment_id = u.id "
                + NAMES + " WHERE u.ended_at IS NOT NULL AND " + conditions;
    }

    private static Object[] twice(List<Object> parameters) {
        List<Object> both = new ArrayList<>(parameters);
        both.addAll(parameters);
        return both.toArray();
    }

    /** The resource type of an underpayment's audit trail. */
    static final String AUDITED = "underpayment";

    private final Jdbc jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    UnderpaymentService(Jdbc jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The worklist, largest underpayment first. */
    public PageResponse<Underpayment> list(Status status, String assignee, List<Long> ids, WorklistSort sort, ReportFilter filter,
                                           PageRequest page) {
        String where = "(cast(? AS text) IS NULL OR u.status = ?) AND (cast(? AS text) IS NULL OR u.assignee = ?)"
                + (ids.isEmpty() ? "" : " AND u.id = ANY(cast(? AS bigint[]))")
                + filter.sql("r");
        List<Object> parameters = new ArrayList<>(List.of());
        String statusName = status == null ? null : status.name();
        parameters.add(statusName);
        parameters.add(statusName);
        parameters.add(assignee);
        parameters.add(assignee);
        if (!ids.isEmpty()) {
            parameters.add(ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")));
        }
        parameters.addAll(filter.parameters());
        return jdbc.inTransaction(connection -> {
            long total;
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM (" + items(where) + ") w")) {
                ClaimService.bind(statement, twice(parameters));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Underpayment> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM (" + items(where) + ") w"
                    + " ORDER BY " + sort.orderBy() + " LIMIT " + page.size() + " OFFSET " + page.offset())) {
                ClaimService.bind(statement, twice(parameters));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        items.add(read(rs));
                    }
                }
            }
            return PageResponse.of(items, page, total, u -> u);
        });
    }

    public Underpayment get(long id) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(items("u.id = ?"))) {
                statement.setLong(1, id);
                statement.setLong(2, id);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiException.notFound("underpayment", id);
                    }
                    return read(rs);
                }
            }
        });
    }

    /**
     * Moves the item along its workflow and sets assignee and note, if the caller read its current
     * version (412 otherwise); a move the workflow does not allow is a 409 naming the allowed ones.
     */
    public Underpayment change(long id, EntityTags ifMatch, Change change) {
        jdbc.inTransaction(connection -> {
            Status from;
            String assignee;
            String note;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT status, assignee, note, row_version FROM underpayment WHERE id = ? FOR UPDATE")) {
                statement.setLong(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiException.notFound("underpayment", id);
                    }
                    ifMatch.check("underpayment " + id, rs.getLong(4));
                    from = Status.valueOf(rs.getString(1));
                    assignee = rs.getString(2);
                    note = rs.getString(3);
                }
            }
            Status to = change.status() == null ? from : change.status();
            if (to != from && !from.next().contains(to)) {
                throw ApiException.illegalTransition("underpayment", from.name(), to.name(),
                        from.next().stream().map(Enum::name).toList());
            }
            String newAssignee = change.assignee() != null ? change.assignee() : assignee;
            String newNote = change.note() != null ? change.note() : note;
            try (PreparedStatement statement = connection.prepareStatement("UPDATE underpayment SET status = ?, assignee = ?,"
                    + " note = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?")) {
                statement.setString(1, to.name());
                statement.setString(2, newAssignee);
                statement.setString(3, newNote);
                statement.setTimestamp(4, Timestamp.from(Instant.now(clock)));
                statement.setLong(5, id);
                statement.executeUpdate();
            }
            audit.changed(connection, AUDITED, id, to != from ? "status-changed" : "updated",
                    worked(from, assignee, note), worked(to, newAssignee, newNote));
            return null;
        });
        return get(id);
    }

    /** The underpayment's audit trail, newest first. */
    public PageResponse<AuditEvent> audit(long id, PageRequest page) {
        get(id);
        return audit.page(AUDITED, id, page);
    }

    /** What a change of the worklist item can touch, as the audit trail compares it. */
    private static Map<String, Object> worked(Status status, String assignee, String note) {
        Map<String, Object> worked = new LinkedHashMap<>();
        worked.put("status", status);
        worked.put("assignee", assignee);
        worked.put("note", note);
        return worked;
    }

    private static Underpayment read(ResultSet rs) throws java.sql.SQLException {
        Status status = Status.valueOf(rs.getString(15));
        return new Underpayment(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                rs.getBigDecimal(13), rs.getString(14), status, status.next(), rs.getString(16), rs.getString(17),
                rs.getTimestamp(18).toInstant(), rs.getTimestamp(19).toInstant(), rs.getString(21), rs.getString(22),
                rs.getString(23) == null ? null : LineEnded.valueOf(rs.getString(23)),
                rs.getTimestamp(24) == null ? null : rs.getTimestamp(24).toInstant(), rs.getLong(20));
    }
}
