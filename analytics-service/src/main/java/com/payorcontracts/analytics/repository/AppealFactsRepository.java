package com.payorcontracts.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What an appeal packet is made of, read from the claim, its remittances, its results and its contract. */
@ApplicationScoped
public class AppealFactsRepository {

    /** An underpayment with its claim, line result and claim result. */
    public record UnderpaidLine(long id, String status, long version, UUID claimId, String claimRef, UUID payorId,
                                UUID contractId, String providerTin, String providerNpi, String billingClass,
                                LocalDate submissionDate, LocalDate firstServiceDate, int lineNo, BigDecimal expected,
                                BigDecimal paid, BigDecimal patientResponsibility, BigDecimal allowed,
                                BigDecimal variance, LocalDate receivedDate, LocalDate paymentDate, Integer daysToPay,
                                Integer cleanClaimDays, Integer lateDays, BigDecimal interestOwed, BigDecimal claimPaid) {
    }

    /** A billed claim line. */
    public record BilledLine(int lineNo, String code, String modifiers, int units, String placeOfService,
                             LocalDate serviceDate, BigDecimal billed, BigDecimal invoiceCost) {
    }

    /**
     * A remittance claim row with one of its service lines (line columns null for a claim paid
     * without lines), in the order the repricing pairs them.
     */
    public record RemitRow(UUID remitClaimId, String status, String payerClaimNumber, LocalDate paymentDate,
                           String traceNumber, String payerName, String payerId, String payeeTin, String payeeNpi,
                           Integer lineNo, String code, String originalCode, LocalDate serviceDate) {
    }

    /** A CAS adjustment or a remark of a remittance claim (line 0) or line; remarks have a null group. */
    public record AdjustmentRow(UUID remitClaimId, int lineNo, String group, String reason, BigDecimal amount) {
    }

    /** The contract as projected: its event version and its terms as JSON. */
    public record ContractRow(long version, String termsJson) {
    }

    private static final String UNDERPAID = """
            SELECT u.id, u.status, u.row_version, c.id, c.claim_ref, c.payor_id, r.contract_id, c.provider_tin,
                   c.provider_npi, c.billing_class, c.submission_date, c.first_service_date, r.line_no, r.expected,
                   r.paid, r.patient_resp, r.allowed, r.variance, cr.received_date, cr.payment_date, cr.days_to_pay,
                   cr.clean_claim_days, cr.late_days, cr.interest_owed, cr.paid
            FROM underpayment u
            JOIN claim c ON c.id = u.claim_id
            JOIN line_result r ON r.claim_id = u.claim_id AND r.line_no = u.line_no
            LEFT JOIN claim_result cr ON cr.claim_id = u.claim_id
            WHERE u.id = ? AND u.ended_at IS NULL""";
    // Ordered as Repricer's remittance stream, so pairing the lines again pairs them the same way.
    private static final String REMITS = """
            SELECT rc.id, rc.status, rc.payer_claim_number, rc.payment_date, p.trace_number, p.payer_name, p.payer_id,
                   p.payee_tin, p.payee_npi, l.line_no, l.code, l.original_code, l.service_date
            FROM remit_claim rc
            JOIN remit_payment p ON p.id = rc.payment_id
            LEFT JOIN remit_line l ON l.remit_claim_id = rc.id
            WHERE rc.claim_id = ?
            ORDER BY rc.payment_date, rc.id, l.line_no""";

    /** The underpayment's facts; null when there is no such underpayment. */
    public UnderpaidLine underpaidLine(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UNDERPAID)) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new UnderpaidLine(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
                        rs.getObject(12, LocalDate.class), rs.getInt(13), rs.getBigDecimal(14), rs.getBigDecimal(15),
                        rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18),
                        rs.getObject(19, LocalDate.class), rs.getObject(20, LocalDate.class),
                        (Integer) rs.getObject(21), (Integer) rs.getObject(22), (Integer) rs.getObject(23),
                        rs.getBigDecimal(24), rs.getBigDecimal(25));
            }
        }
    }

    /** The open underpayments (not yet recovered, written off or invalid) of a payor, largest first. */
    public List<Long> openUnderpayments(Connection connection, UUID payorId, UUID contractId, int limit)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT u.id FROM underpayment u
                JOIN line_result r ON r.claim_id = u.claim_id AND r.line_no = u.line_no
                WHERE r.payor_id = ? AND (cast(? AS uuid) IS NULL OR r.contract_id = ?)
                  AND u.status IN ('DETECTED', 'IN_REVIEW', 'APPEALED') AND u.ended_at IS NULL
                ORDER BY r.variance, u.id LIMIT ?""")) {
            statement.setObject(1, payorId);
            statement.setObject(2, contractId);
            statement.setObject(3, contractId);
            statement.setInt(4, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** How the underpayment's line ended (VOIDED, REPLACED), or null while it stands or when there is no such item. */
    public String endedBy(Connection connection, long underpaymentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT ended_by FROM underpayment WHERE id = ?")) {
            statement.setLong(1, underpaymentId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public List<BilledLine> billedLines(Connection connection, UUID claimId) throws SQLException {
        List<BilledLine> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT line_no, code, modifiers, units, place_of_service, service_date, billed, invoice_cost
                FROM claim_line WHERE claim_id = ? ORDER BY line_no""")) {
            statement.setObject(1, claimId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(new BilledLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                }
            }
        }
        return lines;
    }

    public List<RemitRow> remittances(Connection connection, UUID claimId) throws SQLException {
        List<RemitRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(REMITS)) {
            statement.setObject(1, claimId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RemitRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), (Integer) rs.getObject(10), rs.getString(11),
                            rs.getString(12), rs.getObject(13, LocalDate.class)));
                }
            }
        }
        return rows;
    }

    /** The CAS adjustments and RARC remarks of the claim's remittances, by remittance claim and line. */
    public List<AdjustmentRow> adjustments(Connection connection, UUID claimId) throws SQLException {
        List<AdjustmentRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.remit_claim_id, a.line_no, a.group_code, a.reason_code, a.amount
                FROM remit_adjustment a JOIN remit_claim rc ON rc.id = a.remit_claim_id
                WHERE rc.claim_id = ?
                UNION ALL
                SELECT l.remit_claim_id, l.line_no, NULL, unnest(string_to_array(l.remarks, ',')), NULL
                FROM remit_line l JOIN remit_claim rc ON rc.id = l.remit_claim_id
                WHERE rc.claim_id = ? AND l.remarks IS NOT NULL""")) {
            statement.setObject(1, claimId);
            statement.setObject(2, claimId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AdjustmentRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getBigDecimal(5)));
                }
            }
        }
        return rows;
    }

    /** The contract's projection; null when analytics has none. */
    public ContractRow contract(Connection connection, UUID contractId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT version, terms::text FROM contract_projection WHERE contract_id = ?")) {
            statement.setObject(1, contractId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new ContractRow(rs.getLong(1), rs.getString(2)) : null;
            }
        }
    }
}
