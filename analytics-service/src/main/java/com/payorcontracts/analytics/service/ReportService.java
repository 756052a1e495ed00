package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AnalyticsConfig;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Expected-versus-paid reports over the repricing's results and the remittances. */
@ApplicationScoped
public class ReportService {

    /** What totals are grouped by. */
    public enum GroupBy { PAYOR, CONTRACT, CODE, MONTH }

    /** One group's totals; variance covers the remitted lines that were priced. */
    public record Totals(String key,
                         @Schema(nullable = true, description = LABEL)
                         String label,
                         long lines, long remittedLines, long underpaidLines, BigDecimal billed,
                         BigDecimal expected, BigDecimal paid, BigDecimal variance,
                         @Schema(nullable = true, description = PAYOR_NAME)
                         String payorName) {
    }

    /** How fast one payor (or contract) pays, against the contract's clean-claim days. */
    public record DaysToPay(String key,
                            @Schema(nullable = true, description = LABEL)
                            String label,
                            long claimsPaid, @Schema(nullable = true) BigDecimal averageDays,
                            @Schema(nullable = true) BigDecimal medianDays, @Schema(nullable = true) Integer p90Days,
                            @Schema(nullable = true) Integer cleanClaimDays, long latePayments,
                            @Schema(nullable = true) BigDecimal lateShare, BigDecimal paid,
                            BigDecimal interestOwed,
                            @Schema(nullable = true, description = PAYOR_NAME)
                            String payorName) {
    }

    static final String LABEL = "A label for screens: the payor's name when grouped by PAYOR, the contract's when grouped"
            + " by CONTRACT; else null (and null until analytics has the payor or contract)";
    static final String PAYOR_NAME = "The payor's name when grouped by PAYOR or CONTRACT (the contract's payor), a label"
            + " for screens; else null, and null until analytics has the payor";

    /** A claim paid after the contract's clean-claim days. */
    public record LatePayment(UUID claimId, String claimRef, UUID payorId, @Schema(nullable = true) UUID contractId,
                              LocalDate receivedDate,
                              LocalDate paymentDate, int daysToPay, int cleanClaimDays, int lateDays, BigDecimal paid,
                              BigDecimal interestOwed,
                              @Schema(nullable = true, description = "The contract's name, a label for screens")
                              String contractName,
                              @Schema(nullable = true, description = "The payor's name, a label for screens")
                              String payorName) {
    }

    /** Adjustments of denied lines by CARC group and reason. */
    public record DenialReason(String group, String reason, long adjustments, long claims, BigDecimal amount) {
    }

    /** Denied claims of a payor among those it adjudicated (reversals aside). */
    public record DenialRate(UUID payorId, long claims, long deniedClaims, BigDecimal denialRate, BigDecimal deniedCharges,
                             @Schema(nullable = true, description = "The payor's name, a label for screens")
                             String payorName) {
    }

    /** The denials report: reasons (a page of them) and the rate by payor. */
    public record Denials(PageResponse<DenialReason> byReason, List<DenialRate> byPayor) {
    }

    private final Jdbc jdbc;
    private final AnalyticsConfig config;

    ReportService(Jdbc jdbc, AnalyticsConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    public PageResponse<Totals> totals(GroupBy groupBy, ReportFilter filter, PageRequest page) {
        String key = switch (groupBy) {
            case PAYOR -> "r.payor_id::text";
            case CONTRACT -> "coalesce(r.contract_id::text, 'none')";
            case CODE -> "code";
            case MONTH -> "to_char(service_date, 'YYYY-MM')";
        };
        String sql = "SELECT " + key + " AS key, count(*), count(*) FILTER (WHERE remitted), "
                + "count(*) FILTER (WHERE variance < ?), coalesce(sum(billed), 0), coalesce(sum(expected), 0), "
                + "coalesce(sum(paid), 0), coalesce(sum(variance), 0), " + label(groupBy) + ", " + payorName(groupBy)
                + ", count(*) OVER () "
                + "FROM line_result r" + LABELS + " WHERE true" + filter.sql("r") + " GROUP BY 1 ORDER BY 1 LIMIT " + page.size()
                + " OFFSET " + page.offset();
        List<Object> parameters = new ArrayList<>();
        parameters.add(config.underpaymentTolerance().negate());
        parameters.addAll(filter.parameters());
        return page(sql, parameters, page, rs -> new Totals(rs.getString(1), rs.getString(9), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getString(10)));
    }

    // The contract's and payor's names ride along each row from analytics' own projections (one row per
    // contract, one per payor: no count changes), never a call to another service on a list.
    private static final String LABELS = " LEFT JOIN contract_projection p ON p.contract_id = r.contract_id"
            + " LEFT JOIN payor_projection pp ON pp.payor_id = r.payor_id";

    private static String label(GroupBy groupBy) {
        return switch (groupBy) {
            case CONTRACT -> "max(p.name)";
            case PAYOR -> "max(pp.name)";
            default -> "NULL::text";
        };
    }

    // Claims without a contract (key 'none') may be of several payors: then no one name fits.
    private static String payorName(GroupBy groupBy) {
        return groupBy == GroupBy.PAYOR || groupBy == GroupBy.CONTRACT
                ? "CASE WHEN count(DISTINCT r.payor_id) = 1 THEN max(pp.name) END" : "NULL::text";
    }

    /** By payor or contract; the date range is on payment dates. */
    public PageResponse<DaysToPay> daysToPay(GroupBy groupBy, ReportFilter filter, PageRequest page) {
        String key = groupBy == GroupBy.CONTRACT ? "coalesce(r.contract_id::text, 'none')" : "r.payor_id::text";
        String sql = "SELECT " + key + " AS key, count(*), round(avg(days_to_pay), 1), "
                + "round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_pay)::numeric, 1), "
                + "percentile_disc(0.9) WITHIN GROUP (ORDER BY days_to_pay), max(clean_claim_days), "
                + "count(*) FILTER (WHERE late_days > 0), coalesce(sum(paid), 0), coalesce(sum(interest_owed), 0), "
                + label(groupBy) + ", " + payorName(groupBy) + ", count(*) OVER () FROM claim_result r" + LABELS + " WHERE payment_date IS NOT NULL"
                + filter.sql("r.payor_id", "r.contract_id", null, "r.payment_date")
                + " GROUP BY 1 ORDER BY 1 LIMIT " + page.size() + " OFFSET " + page.offset();
        return page(sql, filter.parameters(true, true, false, true), page, rs -> {
            long claims = rs.getLong(2);
            long late = rs.getLong(7);
            return new DaysToPay(rs.getString(1), rs.getString(10), claims, rs.getBigDecimal(3), rs.getBigDecimal(4),
                    (Integer) rs.getObject(5), (Integer) rs.getObject(6), late,
                    BigDecimal.valueOf(late).divide(BigDecimal.valueOf(Math.max(claims, 1)), 4, RoundingMode.HALF_UP),
                    rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(11));
        });
    }

    /** Claims paid late, latest first; the date range is on payment dates. */
    public PageResponse<LatePayment> latePayments(ReportFilter filter, PageRequest page) {
        String sql = "SELECT r.claim_id, c.claim_ref, r.payor_id, r.contract_id, r.received_date, r.payment_date, "
                + "r.days_to_pay, r.clean_claim_days, r.late_days, r.paid, coalesce(r.interest_owed, 0), p.name, pp.name, count(*) OVER () "
                + "FROM claim_result r JOIN claim c ON c.id = r.claim_id" + LABELS + " WHERE r.late_days > 0"
                + filter.sql("r.payor_id", "r.contract_id", null, "r.payment_date")
                + " ORDER BY r.late_days DESC, r.claim_id LIMIT " + page.size() + " OFFSET " + page.offset();
        return page(sql, filter.parameters(true, true, false, true), page, rs -> new LatePayment(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12), rs.getString(13)));
    }

    /** Denials by reason (code filters the lines; contract does not apply) and the rate by payor; dates are payment dates. */
    public Denials denials(ReportFilter filter, PageRequest page) {
        String reasons = "SELECT a.group_code, a.reason_code, count(*), count(DISTINCT a.remit_claim_id), sum(a.amount), "
                + "count(*) OVER () FROM remit_adjustment a JOIN remit_claim rc ON rc.id = a.remit_claim_id "
                + "WHERE a.denial" + filter.sql("rc.payor_id", null, "a.code", "rc.payment_date")
                + " GROUP BY 1, 2 ORDER BY 5 DESC, 1, 2 LIMIT " + page.size() + " OFFSET " + page.offset();
        PageResponse<DenialReason> byReason = page(reasons, filter.parameters(true, false, true, true), page,
                rs -> new DenialReason(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5)));
        String rates = "SELECT rc.payor_id, count(*), count(*) FILTER (WHERE rc.denied), "
                + "coalesce(sum(rc.charge) FILTER (WHERE rc.denied), 0), max(pp.name) FROM remit_claim rc "
                + "LEFT JOIN payor_projection pp ON pp.payor_id = rc.payor_id "
                + "WHERE rc.status <> '22'" + filter.sql("rc.payor_id", null, null, "rc.payment_date")
                + " GROUP BY 1 ORDER BY 1 NULLS LAST";
        List<DenialRate> byPayor = jdbc.inTransaction(connection -> query(connection, rates,
                filter.parameters(true, false, false, true), rs -> {
                    long claims = rs.getLong(2);
                    long denied = rs.getLong(3);
                    return new DenialRate(rs.getObject(1, UUID.class), claims, denied,
                            BigDecimal.valueOf(denied).divide(BigDecimal.valueOf(Math.max(claims, 1)), 4, RoundingMode.HALF_UP),
                            rs.getBigDecimal(4), rs.getString(5));
                }));
        return new Denials(byReason, byPayor);
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    // Every paged query ends with count(*) OVER (): the number of groups before LIMIT.
    private <T> PageResponse<T> page(String sql, List<Object> parameters, PageRequest page, Row<T> row) {
        long[] total = {0};
        List<T> items = jdbc.inTransaction(connection -> query(connection, sql, parameters, rs -> {
            total[0] = rs.getLong(rs.getMetaData().getColumnCount());
            return row.read(rs);
        }));
        // Past the last page no row carries the count; it is then unknown here and reported as 0.
        return new PageResponse<>(items, page.page(), page.size(), total[0], (total[0] + page.size() - 1) / page.size());
    }

    private static <T> List<T> query(Connection connection, String sql, List<Object> parameters, Row<T> row)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            ClaimService.bind(statement, parameters.toArray());
            List<T> items = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    items.add(row.read(rs));
                }
            }
            return items;
        }
    }
}
