package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.domain.ClaimFrequency;
import com.payorcontracts.analytics.domain.ServiceLineMatch;
import com.payorcontracts.analytics.repository.CopyBinary;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A claim's replacements (7) and voids (8) on the caller's connection: the version in force is copied
 * into {@code claim_version} before the claim row changes, the claim keeps its id and moves to the
 * next version. What the ended version priced leaves the reports in the same transaction, so totals
 * never count a voided claim nor a replaced version, even before repricing; its worklist items follow
 * their service or end with it ({@link #endItems}).
 */
final class ClaimVersions {

    private static final String FINGERPRINTS = "SELECT claim_id, version, content_hash FROM claim_version WHERE claim_id = ANY(?)";
    private static final String ARCHIVE = """
            INSERT INTO claim_version (claim_id, version, frequency_code, provider_tin, provider_npi, contract_id,
                                       contract_match, billing_class, submission_date, first_service_date, total_billed,
                                       lines, content_hash, recorded_at, superseded_at, superseded_by, job_id)
            SELECT c.id, c.version, c.frequency_code, c.provider_tin, c.provider_npi, c.contract_id, c.contract_match,
                   c.billing_class, c.submission_date, c.first_service_date, c.total_billed,
                   (SELECT coalesce(jsonb_agg(jsonb_build_object('lineNo', l.line_no, 'code', l.code,
                               'modifiers', l.modifiers, 'units', l.units, 'placeOfService', l.place_of_service,
                               'dateOfService', l.service_date, 'billedCharge', l.billed::text,
                               'invoiceCost', l.invoice_cost::text) ORDER BY l.line_no), '[]'::jsonb)
                    FROM claim_line l WHERE l.claim_id = c.id),
                   ?, coalesce(c.version_at, c.created_at), ?, ?, c.job_id
            FROM claim c WHERE c.id = ?""";
    private static final String REPLACE = """
            UPDATE claim SET provider_tin = ?, provider_npi = ?, contract_id = ?, contract_match = ?, patient_key = ?,
                             billing_class = ?, submission_date = ?, first_service_date = ?, total_billed = ?,
                             line_count = ?, frequency_code = ?, version = version + 1, version_at = ?,
                             job_id = coalesce(?, job_id)
            WHERE id = ?""";
    private static final String VOID = """
            UPDATE claim SET frequency_code = ?, version = version + 1, version_at = ?, voided_at = ?,
                             job_id = coalesce(?, job_id)
            WHERE id = ?""";

    // An item someone worked on keeps the last figures priced for its service before they are dropped:
    // if its service then ends before the claim is priced again, these are what it shows.
    private static final String KEEP_FIGURES = """
            INSERT INTO underpayment_figures (underpayment_id, payor_id, contract_id, code, service_date, billed, expected,
                                              paid, patient_resp, variance, rule)
            SELECT u.id, r.payor_id, r.contract_id, r.code, r.service_date, r.billed, r.expected, r.paid, r.patient_resp,
                   r.variance, r.rule
            FROM underpayment u JOIN line_result r ON r.claim_id = u.claim_id AND r.line_no = u.line_no
            WHERE u.claim_id = ? AND u.ended_at IS NULL AND u.status <> 'DETECTED' AND r.variance IS NOT NULL
            ON CONFLICT (underpayment_id) DO UPDATE SET payor_id = excluded.payor_id, contract_id = excluded.contract_id,
                code = excluded.code, service_date = excluded.service_date, billed = excluded.billed,
                expected = excluded.expected, paid = excluded.paid, patient_resp = excluded.patient_resp,
                variance = excluded.variance, rule = excluded.rule""";

    private ClaimVersions() {
    }

    /** The fingerprints of the versions kept for these claims, with their version numbers. */
    static Map<UUID, Map<String, Integer>> fingerprints(Connection connection, List<UUID> claims) throws SQLException {
        Map<UUID, Map<String, Integer>> found = new HashMap<>();
        if (claims.isEmpty()) {
            return found;
        }
        try (PreparedStatement statement = connection.prepareStatement(FINGERPRINTS)) {
            statement.setArray(1, connection.createArrayOf("uuid", claims.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                            .putIfAbsent(rs.getString(3), rs.getInt(2));
                }
            }
        }
        return found;
    }

    /** Keeps the version in force of {@code claim} (its content {@code content}) in history, ended by {@code by}; its fingerprint. */
    static String archive(Connection connection, UUID claim, ClaimContent content, ClaimFrequency by, Instant now)
            throws SQLException {
        String fingerprint = content.fingerprint();
        try (PreparedStatement statement = connection.prepareStatement(ARCHIVE)) {
            statement.setString(1, fingerprint);
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setString(3, by.code());
            statement.setObject(4, claim);
            statement.executeUpdate();
        }
        return fingerprint;
    }

    /**
     * Puts the replacement's header and lines in place of the claim's. Worklist items move to the line
     * that continues their service ({@code continuedAs}, by {@link ServiceLineMatch}); those of services
     * it no longer bills end ({@link #endItems}).
     */
    static void replace(Connection connection, UUID claim, ClaimInput input, String patientKey, UUID contractId,
                        ClaimIngest.ContractMatch match, LocalDate firstServiceDate, BigDecimal totalBilled, UUID jobId,
                        int[] continuedAs, Instant now) throws SQLException {
        update(connection, KEEP_FIGURES, claim);
        endItems(connection, claim, ServiceLineMatch.ended(continuedAs), UnderpaymentService.LineEnded.REPLACED, now);
        renumberItems(connection, claim, continuedAs);
        try (PreparedStatement statement = connection.prepareStatement(REPLACE)) {
            statement.setString(1, input.providerTin());
            statement.setString(2, input.providerNpi());
            statement.setObject(3, contractId);
            statement.setString(4, match.name());
            statement.setString(5, patientKey);
            statement.setString(6, input.billingClass());
            statement.setObject(7, input.submissionDate());
            statement.setObject(8, firstServiceDate);
            statement.setBigDecimal(9, totalBilled);
            statement.setInt(10, input.lines().size());
            statement.setString(11, ClaimFrequency.REPLACEMENT.code());
            statement.setTimestamp(12, Timestamp.from(now));
            statement.setObject(13, jobId);
            statement.setObject(14, claim);
            statement.executeUpdate();
        }
        update(connection, "DELETE FROM claim_line WHERE claim_id = ?", claim);
        CopyBinary.Rows lines = new CopyBinary.Rows();
        ClaimIngest.addLineRows(claim, input.lines(), lines);
        lines.copyInto(connection, ClaimIngest.LINE_COLUMNS);
        // The replaced version's figures are gone until the new one is priced (after the commit, or by the
        // import's REPRICE job); work on a service the claim still bills stays, its figures recomputed then.
        dropResults(connection, claim);
    }

    /**
     * Voids the claim: it keeps its lines (what was voided) but no figures, and leaves the worklist;
     * items someone worked on stay, ended ({@link #endItems}).
     */
    static void voidClaim(Connection connection, UUID claim, UUID jobId, Instant now) throws SQLException {
        update(connection, KEEP_FIGURES, claim);
        endItems(connection, claim, null, UnderpaymentService.LineEnded.VOIDED, now);
        try (PreparedStatement statement = connection.prepareStatement(VOID)) {
            statement.setString(1, ClaimFrequency.VOID.code());
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setObject(4, jobId);
            statement.setObject(5, claim);
            statement.executeUpdate();
        }
        dropResults(connection, claim);
    }

    /**
     * Ends the live worklist items of these lines (null: of every line): a DETECTED one goes (nobody worked on it, as when a
     * correction pays the line), any other is kept, marked ended by {@code by}, showing the last
     * figures priced for its service ({@link #KEEP_FIGURES}, kept just before). Its work goes on: a
     * recovery still arrives, an item is still written off.
     */
    private static void endItems(Connection connection, UUID claim, int[] lines, UnderpaymentService.LineEnded by,
                                 Instant now) throws SQLException {
        if (lines != null && lines.length == 0) {
            return;
        }
        // With an empty array "= ANY" matches nothing, so "every line" is a null array and its own test.
        Array numbers = lines == null ? null : connection.createArrayOf("integer", Arrays.stream(lines).boxed().toArray());
        String items = " WHERE claim_id = ? AND (cast(? AS integer[]) IS NULL OR line_no = ANY(?)) AND ended_at IS NULL";
        try (PreparedStatement statement = connection.prepareStatement("UPDATE underpayment SET ended_at = ?, ended_by = ?,"
                + " updated_at = ?, row_version = row_version + 1" + items + " AND status <> 'DETECTED'")) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, by.name());
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setObject(4, claim);
            statement.setArray(5, numbers);
            statement.setArray(6, numbers);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM underpayment" + items + " AND status = 'DETECTED'")) {
            statement.setObject(1, claim);
            statement.setArray(2, numbers);
            statement.setArray(3, numbers);
            statement.executeUpdate();
        }
    }

    /** Moves the live items of continued lines to their new numbers (the ended ones are out of the way by now). */
    private static void renumberItems(Connection connection, UUID claim, int[] continuedAs) throws SQLException {
        if (IntStream.range(0, continuedAs.length).allMatch(i -> continuedAs[i] == i + 1)) {
            return; // every line keeps its number, as when a correction changes an amount or a modifier
        }
        // Through negative numbers: one live item per line at every row, as the unique index checks it.
        update(connection, "UPDATE underpayment SET line_no = -line_no WHERE claim_id = ? AND ended_at IS NULL", claim);
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        for (int i = 0; i < continuedAs.length; i++) {
            if (continuedAs[i] != ServiceLineMatch.ENDED) {
                from.add(-(i + 1));
                to.add(continuedAs[i]);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE underpayment u SET line_no = m.line_to FROM unnest(?, ?) AS m(line_from, line_to)"
                        + " WHERE u.claim_id = ? AND u.ended_at IS NULL AND u.line_no = m.line_from")) {
            statement.setArray(1, connection.createArrayOf("integer", from.toArray()));
            statement.setArray(2, connection.createArrayOf("integer", to.toArray()));
            statement.setObject(3, claim);
            statement.executeUpdate();
        }
    }

    private static void dropResults(Connection connection, UUID claim) throws SQLException {
        update(connection, "DELETE FROM line_result WHERE claim_id = ?", claim);
        update(connection, "DELETE FROM claim_result WHERE claim_id = ?", claim);
    }

    private static void update(Connection connection, String sql, UUID claim) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, claim);
            statement.executeUpdate();
        }
    }
}
