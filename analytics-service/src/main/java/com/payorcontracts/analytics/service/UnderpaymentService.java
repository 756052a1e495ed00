package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.Jdbc;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The underpayment worklist: lines paid less than the contract says, and the work on recovering them. */
@ApplicationScoped
public class UnderpaymentService {

    /** Where the work on an underpayment stands. */
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
    public record Underpayment(long id, UUID claimId, String claimRef, UUID payorId, UUID contractId, int lineNo,
                               String code, LocalDate dateOfService, BigDecimal billed, BigDecimal expected,
                               BigDecimal paid, BigDecimal patientResponsibility, BigDecimal variance, String rule,
                               Status status, Set<Status> nextStatuses, String assignee, String note,
                               Instant detectedAt, Instant updatedAt) {
    }

    /** A change of status, assignee or note; absent fields stay as they are. */
    @Schema(name = "UnderpaymentChange", example = """
            {"status": "IN_REVIEW", "assignee": "dana", "note": "asked the payer for the allowed amount"}""")
    public record Change(Status status, String assignee, String note) {
    }

    private static final String SELECT = """
            SELECT u.id, u.claim_id, c.claim_ref, r.payor_id, r.contract_id, u.line_no, r.code, r.service_date, r.billed,
                   r.expected, r.paid, r.patient_resp, r.variance, r.rule, u.status, u.assignee, u.note, u.detected_at,
                   u.updated_at
            FROM underpayment u
            JOIN line_result r ON r.claim_id = u.claim_id AND r.line_no = u.line_no
            JOIN claim c ON c.id = u.claim_id""";

    private final Jdbc jdbc;
    private final Clock clock;

    UnderpaymentService(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The worklist, largest underpayment first. */
    public PageResponse<Underpayment> list(Status status, String assignee, ReportFilter filter, PageRequest page) {
        String where = " WHERE (cast(? AS text) IS NULL OR u.status = ?) AND (cast(? AS text) IS NULL OR u.assignee = ?)"
                + filter.sql("r");
        List<Object> parameters = new ArrayList<>(List.of());
        String statusName = status == null ? null : status.name();
        parameters.add(statusName);
        parameters.add(statusName);
        parameters.add(assignee);
        parameters.add(assignee);
        parameters.addAll(filter.parameters());
        return jdbc.inTransaction(connection -> {
            long total;
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM underpayment u "
                    + "JOIN line_result r ON r.claim_id = u.claim_id AND r.line_no = u.line_no" + where)) {
                ClaimService.bind(statement, parameters.toArray());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Underpayment> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(SELECT + where
                    + " ORDER BY r.variance, u.id LIMIT " + page.size() + " OFFSET " + page.offset())) {
                ClaimService.bind(statement, parameters.toArray());
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
            try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE u.id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiException.notFound("underpayment", id);
                    }
                    return read(rs);
                }
            }
        });
    }

    /** Moves the item along its workflow (409 for a move the workflow does not allow) and sets assignee and note. */
    public Underpayment change(long id, Change change) {
        Underpayment current = get(id);
        Status status = change.status() == null ? current.status() : change.status();
        if (status != current.status() && !current.status().next().contains(status)) {
            throw ApiException.conflict("an underpayment " + current.status() + " cannot become " + status
                    + (current.status().next().isEmpty() ? "; it is closed" : "; it can become " + current.status().next()));
        }
        // Only if nobody changed it since it was read: of concurrent changes one wins, the others are 409s.
        int updated = jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE underpayment SET status = ?, assignee = ?, note = ?, updated_at = ? "
                            + "WHERE id = ? AND status = ? AND updated_at = ?")) {
                statement.setString(1, status.name());
                statement.setString(2, change.assignee() != null ? change.assignee() : current.assignee());
                statement.setString(3, change.note() != null ? change.note() : current.note());
                statement.setTimestamp(4, Timestamp.from(later(Instant.now(clock), current.updatedAt())));
                statement.setLong(5, id);
                statement.setString(6, current.status().name());
                statement.setTimestamp(7, Timestamp.from(current.updatedAt()));
                return statement.executeUpdate();
            }
        });
        if (updated == 0) {
            throw ApiException.conflict("underpayment " + id + " was changed by someone else meanwhile; GET it again and reapply your change");
        }
        return get(id);
    }

    // updated_at doubles as the version compared above, so it must move even when the clock has not.
    private static Instant later(Instant now, Instant previous) {
        Instant next = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return next.isAfter(previous) ? next : previous.plus(1, java.time.temporal.ChronoUnit.MICROS);
    }

    private static Underpayment read(ResultSet rs) throws java.sql.SQLException {
        Status status = Status.valueOf(rs.getString(15));
        return new Underpayment(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                rs.getBigDecimal(13), rs.getString(14), status, status.next(), rs.getString(16), rs.getString(17),
                rs.getTimestamp(18).toInstant(), rs.getTimestamp(19).toInstant());
    }
}
