package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.CopyText;
import com.payorcontracts.analytics.repository.Ids;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes validated claims: pseudonymizes the patient, finds the contract, and COPYs claims and
 * lines that are new. The natural key is payor + claim id: the same claim again is a duplicate
 * (counted once), the same key with other content a conflict (rejected). Remittance claims that
 * arrived before their claim are linked to it here.
 */
@ApplicationScoped
public class ClaimIngest {

    /** What happened to one claim. */
    public enum Outcome { CREATED, DUPLICATE, CONFLICT }

    /** Contract resolution of a claim. */
    public enum ContractMatch { GIVEN, MATCHED, UNMATCHED }

    /** One claim's outcome; {@code id} is analytics' id of the stored claim (the existing one for a duplicate). */
    public record Result(String claimId, UUID payorId, UUID id, Outcome outcome, ContractMatch contractMatch,
                         UUID contractId) {
    }

    private record Existing(UUID id, String hash, ContractMatch match, UUID contractId) {
    }

    private record NewClaim(ClaimInput input, UUID id, String patientKey, UUID contractId, ContractMatch match,
                            LocalDate firstServiceDate, BigDecimal totalBilled, String hash) {
        String key() {
            return input.payorId() + "|" + input.claimId();
        }
    }

    private static final String FIND_EXISTING = """
            SELECT c.payor_id, c.claim_ref, c.id, c.content_hash, c.contract_match, c.contract_id
            FROM unnest(?::uuid[], ?::text[]) AS k(payor_id, claim_ref)
            JOIN claim c ON c.payor_id = k.payor_id AND c.claim_ref = k.claim_ref""";
    private static final String LINK_REMITTANCES = """
            UPDATE remit_claim rc SET claim_id = c.id, payor_id = c.payor_id,
                                      patient_key = coalesce(c.patient_key, rc.patient_key)
            FROM claim c
            WHERE c.id = ANY(?) AND rc.claim_id IS NULL AND rc.claim_ref = c.claim_ref
              AND (rc.payor_id = c.payor_id
                   OR (rc.payor_id IS NULL AND NOT EXISTS (
                          SELECT 1 FROM claim other WHERE other.claim_ref = c.claim_ref AND other.id <> c.id)))""";
    static final String CLAIM_COLUMNS = "claim (id, payor_id, claim_ref, provider_tin, provider_npi, contract_id, "
            + "contract_match, patient_key, billing_class, submission_date, first_service_date, total_billed, line_count, "
            + "content_hash, job_id, created_at)";
    static final String LINE_COLUMNS = "claim_line (claim_id, line_no, code, modifiers, units, place_of_service, "
            + "service_date, billed, invoice_cost)";

    private final Pseudonymizer pseudonymizer;

    ClaimIngest(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    /**
     * Claims made ready to write: pseudonymized, matched to contracts, hashed, and their COPY rows
     * built. CPU only, so a bulk import prepares the next chunk while the database writes this one.
     */
    public final class Batch {
        private final List<NewClaim> claims;
        private final UUID jobId;
        private final String createdAt;
        private final boolean repeatsKeys;
        private byte[] claimRows;
        private byte[] lineRows;

        private Batch(List<NewClaim> claims, UUID jobId, String createdAt, boolean repeatsKeys) {
            this.claims = claims;
            this.jobId = jobId;
            this.createdAt = createdAt;
            this.repeatsKeys = repeatsKeys;
        }

        public int size() {
            return claims.size();
        }
    }

    /** Prepares valid claims ({@link ClaimValidator}) for {@link #write}. */
    public Batch prepare(List<ClaimInput> claims, TermsCatalog.Snapshot catalog, UUID jobId, Instant now) {
        List<NewClaim> prepared = new ArrayList<>(claims.size());
        java.util.Set<String> keys = new java.util.HashSet<>();
        boolean repeats = false;
        for (ClaimInput claim : claims) {
            NewClaim next = prepare(claim, catalog);
            repeats |= !keys.add(next.key());
            prepared.add(next);
        }
        Batch batch = new Batch(prepared, jobId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC).toString(), repeats);
        if (!repeats) {
            CopyText.Rows claimRows = new CopyText.Rows();
            CopyText.Rows lineRows = new CopyText.Rows();
            for (NewClaim claim : prepared) {
                addRows(claim, claimRows, lineRows, jobId, batch.createdAt);
            }
            batch.claimRows = claimRows.bytes();
            batch.lineRows = lineRows.bytes();
        }
        return batch;
    }

    /** Writes the claims in the caller's transaction, in order; one result per claim. */
    public List<Result> write(Connection connection, List<ClaimInput> claims, TermsCatalog.Snapshot catalog,
                              UUID jobId, Instant now) throws SQLException {
        return write(connection, prepare(claims, catalog, jobId, now));
    }

    /** Writes a prepared batch in the caller's transaction: new claims are COPYed, known ones reported. */
    public List<Result> write(Connection connection, Batch batch) throws SQLException {
        List<NewClaim> prepared = batch.claims;
        Map<String, Existing> existing = findExisting(connection, prepared);
        List<Result> results = new ArrayList<>(prepared.size());
        List<UUID> created = new ArrayList<>();
        if (existing.isEmpty() && !batch.repeatsKeys) {
            // The common case of a bulk import: every claim is new, and its rows are ready.
            for (NewClaim claim : prepared) {
                created.add(claim.id);
                results.add(result(claim, Outcome.CREATED));
            }
            CopyText.copyInto(connection, CLAIM_COLUMNS, batch.claimRows);
            CopyText.copyInto(connection, LINE_COLUMNS, batch.lineRows);
        } else {
            Map<String, NewClaim> creating = new HashMap<>();
            CopyText.Rows claimRows = new CopyText.Rows();
            CopyText.Rows lineRows = new CopyText.Rows();
            for (NewClaim claim : prepared) {
                Existing first = existing.get(claim.key());
                NewClaim earlier = creating.get(claim.key());
                if (first == null && earlier != null) {
                    first = new Existing(earlier.id, earlier.hash, earlier.match, earlier.contractId);
                }
                if (first != null) {
                    Outcome outcome = first.hash.equals(claim.hash) ? Outcome.DUPLICATE : Outcome.CONFLICT;
                    results.add(new Result(claim.input.claimId(), claim.input.payorId(), first.id, outcome, first.match,
                            first.contractId));
                    continue;
                }
                creating.put(claim.key(), claim);
                created.add(claim.id);
                addRows(claim, claimRows, lineRows, batch.jobId, batch.createdAt);
                results.add(result(claim, Outcome.CREATED));
            }
            claimRows.copyInto(connection, CLAIM_COLUMNS);
            lineRows.copyInto(connection, LINE_COLUMNS);
        }
        if (!created.isEmpty()) {
            linkRemittances(connection, created);
        }
        return results;
    }

    private NewClaim prepare(ClaimInput claim, TermsCatalog.Snapshot catalog) {
        LocalDate first = null;
        BigDecimal total = BigDecimal.ZERO;
        for (ClaimInput.Line line : claim.lines()) {
            if (first == null || line.dateOfService().isBefore(first)) {
                first = line.dateOfService();
            }
            total = total.add(line.billedCharge());
        }
        UUID contractId = claim.contractId();
        ContractMatch match = ContractMatch.GIVEN;
        if (contractId == null) {
            TermsCatalog.ContractEntry entry = catalog.match(claim.payorId(), claim.providerTin(), claim.providerNpi(), first);
            contractId = entry == null ? null : entry.id();
            match = entry == null ? ContractMatch.UNMATCHED : ContractMatch.MATCHED;
        }
        String patientKey = pseudonymizer.ofPatient(claim.patientId());
        return new NewClaim(claim, Ids.next(), patientKey, contractId, match, first, total, contentHash(claim, patientKey));
    }

    private static Result result(NewClaim claim, Outcome outcome) {
        return new Result(claim.input.claimId(), claim.input.payorId(), claim.id, outcome, claim.match, claim.contractId);
    }

    private static Map<String, Existing> findExisting(Connection connection, List<NewClaim> claims) throws SQLException {
        UUID[] payors = new UUID[claims.size()];
        String[] refs = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            payors[i] = claims.get(i).input.payorId();
            refs[i] = claims.get(i).input.claimId();
        }
        Map<String, Existing> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(FIND_EXISTING)) {
            statement.setArray(1, connection.createArrayOf("uuid", payors));
            statement.setArray(2, connection.createArrayOf("text", refs));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class) + "|" + rs.getString(2), new Existing(rs.getObject(3, UUID.class),
                            rs.getString(4), ContractMatch.valueOf(rs.getString(5)), rs.getObject(6, UUID.class)));
                }
            }
        }
        return found;
    }

    private static void addRows(NewClaim claim, CopyText.Rows claims, CopyText.Rows lines, UUID jobId, String createdAt) {
        ClaimInput in = claim.input;
        claims.add(claim.id).add(in.payorId()).add(in.claimId()).add(in.providerTin()).add(in.providerNpi())
                .add(claim.contractId).add(claim.match).add(claim.patientKey).add(in.billingClass())
                .add(in.submissionDate()).add(claim.firstServiceDate).add(claim.totalBilled.toPlainString())
                .add(in.lines().size()).add(claim.hash).add(jobId).add(createdAt).end();
        int lineNo = 1;
        for (ClaimInput.Line line : in.lines()) {
            lines.add(claim.id).add(lineNo++).add(line.code().toUpperCase(Locale.ROOT)).add(modifiers(line.modifiers()))
                    .add(line.units() == null ? 1 : line.units()).add(line.placeOfService()).add(line.dateOfService())
                    .add(line.billedCharge().toPlainString())
                    .add(line.invoiceCost() == null ? null : line.invoiceCost().toPlainString()).end();
        }
    }

    static String modifiers(List<String> modifiers) {
        if (modifiers == null || modifiers.isEmpty()) {
            return null;
        }
        return String.join(",", modifiers).toUpperCase(Locale.ROOT);
    }

    private static void linkRemittances(Connection connection, List<UUID> claimIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LINK_REMITTANCES)) {
            Array ids = connection.createArrayOf("uuid", claimIds.toArray());
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }

    private static String contentHash(ClaimInput claim, String patientKey) {
        StringBuilder canonical = new StringBuilder(256);
        canonical.append(claim.claimId()).append('|').append(claim.payorId()).append('|').append(claim.providerTin())
                .append('|').append(claim.providerNpi()).append('|').append(claim.contractId()).append('|')
                .append(patientKey).append('|').append(claim.submissionDate()).append('|').append(claim.billingClass());
        for (ClaimInput.Line line : claim.lines()) {
            canonical.append('\n').append(line.code().toUpperCase(Locale.ROOT)).append('|')
                    .append(modifiers(line.modifiers())).append('|').append(line.units() == null ? 1 : line.units())
                    .append('|').append(line.placeOfService()).append('|').append(line.dateOfService()).append('|')
                    .append(line.billedCharge().stripTrailingZeros().toPlainString()).append('|')
                    .append(line.invoiceCost() == null ? null : line.invoiceCost().stripTrailingZeros().toPlainString());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
