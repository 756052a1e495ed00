package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.domain.RemittanceClaimStatus;
import com.payorcontracts.analytics.messaging.AnalyticsEvents;
import com.payorcontracts.analytics.repository.CopyText;
import com.payorcontracts.analytics.repository.Ids;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.x12.remittance.Adjustment;
import com.payorcontracts.x12.remittance.AdjustmentGroup;
import com.payorcontracts.x12.remittance.ClaimPayment;
import com.payorcontracts.x12.remittance.ProviderAdjustment;
import com.payorcontracts.x12.remittance.ReadWarning;
import com.payorcontracts.x12.remittance.RemittanceAdvice;
import com.payorcontracts.x12.remittance.ServiceLine;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stores read and balanced remittances: one {@code remittance} row per upload, one payment per
 * 835 transaction (a payment whose payer and trace number were stored before counts once), and
 * its claims, lines, every CAS triplet and PLB adjustment. Remittance claims are linked to the
 * billed claim with the same claim id (and payor, when known).
 */
@ApplicationScoped
public class RemittanceIngest {

    /** Summary of a stored upload, and the billed claims it paid (to reprice). */
    public record Stored(UUID id, int transactions, int duplicateTransactions, int claims, BigDecimal totalPaid,
                         LocalDate paymentDate, Set<UUID> linkedClaims) {
    }

    private static final String INSERT_REMITTANCE = """
            INSERT INTO remittance (id, content_hash, source, payor_id, payer_name, transaction_count,
                                    duplicate_transactions, claim_count, total_paid, payment_date, warnings, job_id, received_at)
            VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, NULL, '[]'::jsonb, ?, ?)
            ON CONFLICT (content_hash) DO NOTHING""";
    private static final String INSERT_PAYMENT = """
            INSERT INTO remit_payment (id, remittance_id, trace_key, trace_number, payer_name, payer_id, payee_npi,
                                       payee_tin, payment_date, total_paid, method, claim_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (trace_key) DO NOTHING""";
    private static final String TOTALS = """
            UPDATE remittance r SET
                transaction_count = ?, duplicate_transactions = ?, warnings = cast(? AS jsonb),
                claim_count = (SELECT count(*) FROM remit_claim rc WHERE rc.remittance_id = r.id),
                total_paid = coalesce((SELECT sum(total_paid) FROM remit_payment p WHERE p.remittance_id = r.id), 0),
                payment_date = (SELECT min(payment_date) FROM remit_payment p WHERE p.remittance_id = r.id),
                payer_name = coalesce(r.payer_name, (SELECT min(payer_name) FROM remit_payment p WHERE p.remittance_id = r.id))
            WHERE id = ?
            RETURNING claim_count, total_paid, payment_date, payor_id""";
    private static final String LINK_CLAIMS = """
            UPDATE remit_claim rc SET claim_id = c.id, payor_id = c.payor_id,
                                      patient_key = coalesce(c.patient_key, rc.patient_key)
            FROM claim c
            WHERE rc.remittance_id = ? AND rc.claim_id IS NULL AND c.claim_ref = rc.claim_ref
              AND (c.payor_id = rc.payor_id
                   OR (rc.payor_id IS NULL AND NOT EXISTS (
                          SELECT 1 FROM claim other WHERE other.claim_ref = c.claim_ref AND other.id <> c.id)))
            RETURNING c.id""";
    private static final String CLAIM_COLUMNS = "remit_claim (id, payment_id, remittance_id, seq, claim_ref, "
            + "payer_claim_number, status, charge, paid, patient_resp, received_date, payment_date, payor_id, claim_id, "
            + "patient_key, denied)";
    private static final String LINE_COLUMNS = "remit_line (remit_claim_id, line_no, code, modifiers, original_code, "
            + "units, service_date, charge, paid, allowed, patient_resp, remarks)";
    private static final String ADJUSTMENT_COLUMNS = "remit_adjustment (remit_claim_id, line_no, group_code, "
            + "reason_code, amount, quantity, code, denial)";
    private static final String PLB_COLUMNS = "provider_adjustment (payment_id, provider_id, fiscal_period_end, "
            + "reason_code, reference_id, amount)";

    private final Pseudonymizer pseudonymizer;
    private final AnalyticsEvents events;

    RemittanceIngest(Pseudonymizer pseudonymizer, AnalyticsEvents events) {
        this.pseudonymizer = pseudonymizer;
        this.events = events;
    }

    /**
     * Creates the upload's row; false when an upload with these bytes exists (nothing else is written then).
     */
    public boolean open(Connection connection, UUID id, String contentHash, String source, UUID payorId, String payerName,
                        UUID jobId, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_REMITTANCE)) {
            statement.setObject(1, id);
            statement.setString(2, contentHash);
            statement.setString(3, source);
            statement.setObject(4, payorId);
            statement.setString(5, payerName);
            statement.setObject(6, jobId);
            statement.setTimestamp(7, Timestamp.from(now));
            return statement.executeUpdate() == 1;
        }
    }

    /** Stores one transaction of the upload; false when its payment had been stored before (then nothing is written). */
    public boolean addTransaction(Connection connection, UUID remittanceId, RemittanceAdvice advice, UUID payorId)
            throws SQLException {
        UUID paymentId = Ids.next();
        String payerId = advice.payer().id() != null ? advice.payer().id()
                : advice.trace() != null && advice.trace().originatorId() != null ? advice.trace().originatorId()
                : advice.payer().name();
        String traceNumber = advice.trace() == null ? null : advice.trace().number();
        String traceKey = payerId + "|" + (traceNumber != null ? traceNumber : remittanceId + "#" + advice.payment().position());
        LocalDate paymentDate = advice.payment().date();
        try (PreparedStatement statement = connection.prepareStatement(INSERT_PAYMENT)) {
            statement.setObject(1, paymentId);
            statement.setObject(2, remittanceId);
            statement.setString(3, traceKey);
            statement.setString(4, traceNumber);
            statement.setString(5, advice.payer().name());
            statement.setString(6, payerId);
            statement.setString(7, "XX".equals(advice.payee().idQualifier()) ? advice.payee().id() : null);
            statement.setString(8, advice.payee().reference("TJ") != null ? advice.payee().reference("TJ")
                    : "FI".equals(advice.payee().idQualifier()) ? advice.payee().id() : null);
            statement.setObject(9, paymentDate);
            statement.setBigDecimal(10, advice.payment().totalActualPayment());
            statement.setString(11, advice.payment().method());
            statement.setInt(12, advice.claims().size());
            if (statement.executeUpdate() == 0) {
                return false;
            }
        }
        CopyText.Rows claims = new CopyText.Rows();
        CopyText.Rows lines = new CopyText.Rows();
        CopyText.Rows adjustments = new CopyText.Rows();
        int seq = 0;
        for (ClaimPayment claim : advice.claims()) {
            UUID claimId = Ids.next();
            boolean reversal = claim.isReversal();
            boolean denied = RemittanceClaimStatus.claimDenied(reversal, claim.isDenied(), claim.charge(), claim.paid(),
                    claim.patientResponsibility());
            claims.add(claimId).add(paymentId).add(remittanceId).add(++seq).add(claim.claimId())
                    .add(claim.payerClaimControlNumber()).add(claim.statusCode()).add(plain(claim.charge()))
                    .add(plain(claim.paid())).add(plain(claim.patientResponsibility()))
                    .add(claim.dates() == null ? null : claim.dates().received()).add(paymentDate).add(payorId).add(null)
                    .add(pseudonymizer.ofRemittanceClaim(claim.claimId(), claim.payerClaimControlNumber()))
                    .add(denied ? "t" : "f").end();
            for (Adjustment adjustment : claim.adjustments()) {
                adjustment(adjustments, claimId, 0, adjustment, null, denied && adjustment.group() != AdjustmentGroup.PR);
            }
            int lineNo = 0;
            for (ServiceLine line : claim.lines()) {
                lineNo++;
                BigDecimal patientResp = BigDecimal.ZERO;
                for (Adjustment adjustment : line.adjustments()) {
                    if (adjustment.group() == AdjustmentGroup.PR) {
                        patientResp = patientResp.add(adjustment.amount());
                    }
                }
                boolean lineDenied = RemittanceClaimStatus.lineDenied(reversal, line.charge(), line.paid(), patientResp);
                String code = line.procedure().code();
                lines.add(claimId).add(lineNo).add(code).add(String.join(",", line.procedure().modifiers()))
                        .add(line.originalProcedure() == null ? null : line.originalProcedure().code())
                        .add(line.units() == null ? null : line.units().toPlainString())
                        .add(line.serviceFrom() != null ? line.serviceFrom() : claim.dates() == null ? null : claim.dates().statementFrom())
                        .add(plain(line.charge())).add(plain(line.paid()))
                        .add(line.amount("B6").map(BigDecimal::toPlainString).orElse(null)).add(plain(patientResp))
                        .add(line.remarks().isEmpty() ? null : String.join(",", line.remarks().stream().map(r -> r.code()).toList()))
                        .end();
                for (Adjustment adjustment : line.adjustments()) {
                    adjustment(adjustments, claimId, lineNo, adjustment, code,
                            lineDenied && adjustment.group() != AdjustmentGroup.PR);
                }
            }
        }
        CopyText.Rows plb = new CopyText.Rows();
        for (ProviderAdjustment adjustment : advice.providerAdjustments()) {
            plb.add(paymentId).add(adjustment.providerId()).add(adjustment.fiscalPeriodEnd()).add(adjustment.reasonCode())
                    .add(adjustment.referenceId()).add(plain(adjustment.amount())).end();
        }
        claims.copyInto(connection, CLAIM_COLUMNS);
        lines.copyInto(connection, LINE_COLUMNS);
        adjustments.copyInto(connection, ADJUSTMENT_COLUMNS);
        plb.copyInto(connection, PLB_COLUMNS);
        return true;
    }

    /** Finishes the upload: totals, warnings, links to billed claims. */
    public Stored close(Connection connection, UUID remittanceId, int transactions, int duplicates,
                        List<ReadWarning> warnings) throws SQLException {
        int claimCount;
        BigDecimal totalPaid;
        LocalDate paymentDate;
        UUID payorId;
        try (PreparedStatement statement = connection.prepareStatement(TOTALS)) {
            statement.setInt(1, transactions);
            statement.setInt(2, duplicates);
            statement.setString(3, new String(EventCodec.encode(warnings.stream().map(ReadWarning::toString).toList()),
                    StandardCharsets.UTF_8));
            statement.setObject(4, remittanceId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                claimCount = rs.getInt(1);
                totalPaid = rs.getBigDecimal(2);
                paymentDate = rs.getObject(3, LocalDate.class);
                payorId = rs.getObject(4, UUID.class);
            }
        }
        Set<UUID> linked = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(LINK_CLAIMS)) {
            statement.setObject(1, remittanceId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    linked.add(rs.getObject(1, UUID.class));
                }
            }
        }
        // remittance.processed commits with the upload it reports.
        events.remittanceProcessed(connection, remittanceId, payorId, transactions, claimCount, totalPaid, paymentDate);
        return new Stored(remittanceId, transactions, duplicates, claimCount, totalPaid, paymentDate, linked);
    }

    private static void adjustment(CopyText.Rows rows, UUID claimId, int lineNo, Adjustment adjustment, String code,
                                   boolean denial) {
        rows.add(claimId).add(lineNo).add(adjustment.group().name()).add(adjustment.reasonCode())
                .add(plain(adjustment.amount()))
                .add(adjustment.quantity() == null ? null : adjustment.quantity().toPlainString()).add(code)
                .add(denial ? "t" : "f").end();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    static List<ReadWarning> warnings(List<RemittanceAdvice> advices) {
        List<ReadWarning> all = new ArrayList<>();
        advices.forEach(a -> all.addAll(a.warnings()));
        return all;
    }
}
