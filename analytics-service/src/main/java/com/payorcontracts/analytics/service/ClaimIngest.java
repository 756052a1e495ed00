package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.domain.ClaimAmendment;
import com.payorcontracts.analytics.domain.ClaimFrequency;
import com.payorcontracts.analytics.domain.ServiceLineMatch;
import com.payorcontracts.analytics.repository.CopyBinary;
import com.payorcontracts.analytics.repository.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes validated claims: pseudonymizes the patient, finds the contract, and COPYs claims and
 * lines that are new. The natural key is payor + claim id: the same claim again is a duplicate
 * (counted once), the same key with other content a conflict (rejected). A claim's frequency code
 * may replace (7) or void (8) the claim stored under its key ({@link ClaimAmendment}): the version it
 * ends is kept in {@code claim_version}, in the same transaction. Remittance claims that arrived
 * before their claim are linked to it here.
 */
@ApplicationScoped
public class ClaimIngest {

    /** What happened to one claim. */
    public enum Outcome {
        CREATED, DUPLICATE, CONFLICT,
        /** a 7: the claim stored under the key now holds this version; the one before is in its history */
        REPLACED,
        /** an 8: the claim stored under the key is voided */
        VOIDED,
        /** a 7 or 8 naming a claim never stored: nothing written */
        UNKNOWN_CLAIM
    }

    /** Contract resolution of a claim. */
    public enum ContractMatch { GIVEN, MATCHED, UNMATCHED }

    /** One claim's outcome; {@code id} is analytics' id of the stored claim (the existing one for a duplicate). */
    @Schema(name = "ClaimIngestResult")
    public record Result(String claimId, UUID payorId, @Schema(nullable = true) UUID id, Outcome outcome,
                         ContractMatch contractMatch,
                         @Schema(nullable = true) UUID contractId) {
    }

    private record Existing(UUID id, ContractMatch match, UUID contractId, ClaimContent content, int version,
                            boolean voided) {
        ClaimAmendment.Stored stored() {
            return voided ? ClaimAmendment.Stored.VOIDED : ClaimAmendment.Stored.ACTIVE;
        }
    }

    private record NewClaim(ClaimInput input, UUID id, String patientKey, UUID contractId, ContractMatch match,
                            LocalDate firstServiceDate, BigDecimal totalBilled) {
        String key() {
            return input.payorId() + "|" + input.claimId();
        }

        ClaimContent content() {
            return ClaimContent.of(input, patientKey);
        }
    }

    private static final String FIND_EXISTING = """
            SELECT c.payor_id, c.claim_ref, c.id, c.contract_match, c.contract_id, c.provider_tin, c.provider_npi,
                   c.patient_key, c.submission_date, c.billing_class, c.version, c.voided_at IS NOT NULL
            FROM unnest(?::uuid[], ?::text[]) AS k(payor_id, claim_ref)
            JOIN claim c ON c.payor_id = k.payor_id AND c.claim_ref = k.claim_ref""";
    private static final String EXISTING_LINES = """
            SELECT claim_id, code, modifiers, units, place_of_service, service_date, billed, invoice_cost
            FROM claim_line WHERE claim_id = ANY(?) ORDER BY claim_id, line_no""";
    private static final String LINK_REMITTANCES = """
            UPDATE remit_claim rc SET claim_id = c.id, payor_id = c.payor_id,
                                      patient_key = coalesce(c.patient_key, rc.patient_key)
            FROM claim c
            WHERE c.id = ANY(?) AND rc.claim_id IS NULL AND rc.claim_ref = c.claim_ref
              AND (rc.payor_id = c.payor_id
                   OR (rc.payor_id IS NULL AND NOT EXISTS (
                          SELECT 1 FROM claim other WHERE other.claim_ref = c.claim_ref AND other.id <> c.id)))""";
    private static final String ANY_UNLINKED = "SELECT 1 FROM remit_claim WHERE claim_id IS NULL LIMIT 1";
    private static final String UNIQUE_VIOLATION = "23505";
    static final String CLAIM_COLUMNS = "claim (id, payor_id, claim_ref, provider_tin, provider_npi, contract_id, "
            + "contract_match, patient_key, billing_class, submission_date, first_service_date, total_billed, line_count, "
            + "job_id, created_at)";
    static final String LINE_COLUMNS = "claim_line (claim_id, line_no, code, modifiers, units, place_of_service, "
            + "service_date, billed, invoice_cost)";

    private final Pseudonymizer pseudonymizer;

    ClaimIngest(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    /**
     * Claims made ready to write: pseudonymized, matched to contracts, and their COPY rows built. CPU
     * only, so a bulk import prepares the next chunk while the database writes this one.
     */
    public final class Batch {
        private final List<NewClaim> claims;
        private final UUID jobId;
        private final Instant createdAt;
        private final boolean repeatsKeys;
        private CopyBinary.Rows claimRows;
        private CopyBinary.Rows lineRows;

        private Batch(List<NewClaim> claims, UUID jobId, Instant createdAt, boolean repeatsKeys) {
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
            // A replacement or void is about a stored claim: the batch reads the stored ones, like a repeated key.
            repeats |= !keys.add(next.key()) || claim.frequency() != ClaimFrequency.ORIGINAL;
            prepared.add(next);
        }
        Batch batch = new Batch(prepared, jobId, now, repeats);
        if (!repeats) {
            batch.claimRows = new CopyBinary.Rows();
            batch.lineRows = new CopyBinary.Rows();
            for (NewClaim claim : prepared) {
                addRows(claim, batch.claimRows, batch.lineRows, jobId, now);
            }
        }
        return batch;
    }

    /** Writes the claims in the caller's transaction, in order; one result per claim. */
    public List<Result> write(Connection connection, List<ClaimInput> claims, TermsCatalog.Snapshot catalog,
                              UUID jobId, Instant now) throws SQLException {
        return write(connection, prepare(claims, catalog, jobId, now));
    }

    /**
     * Writes a prepared batch in the caller's transaction: new claims are COPYed, known ones reported.
     * The claims are COPYed first as if all were new, since they nearly always are in a bulk import;
     * the natural key's unique index (written anyway) tells when one is not, and only then are the
     * stored claims under the batch's keys read and compared.
     */
    public List<Result> write(Connection connection, Batch batch) throws SQLException {
        List<Result> results = batch.repeatsKeys ? null : writeAllNew(connection, batch);
        if (results == null) {
            results = writeSomeKnown(connection, batch);
        }
        List<UUID> created = results.stream().filter(r -> r.outcome() == Outcome.CREATED).map(Result::id).toList();
        if (!created.isEmpty()) {
            linkRemittances(connection, created);
        }
        return results;
    }

    /** Every claim CREATED, or null (nothing written) when a key is known already. */
    private static List<Result> writeAllNew(Connection connection, Batch batch) throws SQLException {
        Savepoint beforeClaims = connection.setSavepoint();
        try {
            batch.claimRows.copyInto(connection, CLAIM_COLUMNS);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeClaims);
            return null;
        }
        connection.releaseSavepoint(beforeClaims);
        batch.lineRows.copyInto(connection, LINE_COLUMNS);
        List<Result> results = new ArrayList<>(batch.claims.size());
        for (NewClaim claim : batch.claims) {
            results.add(result(claim, Outcome.CREATED));
        }
        return results;
    }

    /**
     * Decides each claim against the one stored under its key, or written earlier in the batch
     * ({@link ClaimAmendment}), in order: new claims are COPYed, replacements and voids applied where
     * they fall (new claims pending COPY are written first when a later one amends them).
     */
    private static List<Result> writeSomeKnown(Connection connection, Batch batch) throws SQLException {
        Map<String, Existing> stored = new HashMap<>(findExisting(connection, batch.claims));
        Map<UUID, Map<String, Integer>> history = ClaimVersions.fingerprints(connection,
                stored.values().stream().filter(e -> e.version > 1).map(Existing::id).toList());
        List<Result> results = new ArrayList<>(batch.claims.size());
        Pending pending = new Pending();
        for (NewClaim claim : batch.claims) {
            Existing current = stored.get(claim.key());
            ClaimContent content = claim.content();
            ClaimAmendment.Action action = ClaimAmendment.decide(claim.input.frequency(),
                    current == null ? ClaimAmendment.Stored.NONE : current.stored(), sameAs(current, content, history));
            switch (action) {
                case CREATE -> {
                    pending.add(claim, batch);
                    stored.put(claim.key(), new Existing(claim.id, claim.match, claim.contractId, content, 1, false));
                    results.add(result(claim, Outcome.CREATED));
                }
                case DUPLICATE, CONFLICT -> results.add(new Result(claim.input.claimId(), claim.input.payorId(), current.id,
                        action == ClaimAmendment.Action.DUPLICATE ? Outcome.DUPLICATE : Outcome.CONFLICT, current.match,
                        current.contractId));
                case UNKNOWN_CLAIM -> results.add(new Result(claim.input.claimId(), claim.input.payorId(), null,
                        Outcome.UNKNOWN_CLAIM, null, null));
                case REPLACE, VOID -> {
                    if (pending.holds(current.id)) {
                        pending.flush(connection); // the version replaced must be stored before it is kept in history
                    }
                    ClaimFrequency by = claim.input.frequency();
                    history.computeIfAbsent(current.id, id -> new HashMap<>())
                            .put(ClaimVersions.archive(connection, current.id, current.content, by, batch.createdAt),
                                    current.version);
                    Existing next;
                    if (action == ClaimAmendment.Action.REPLACE) {
                        ClaimVersions.replace(connection, current.id, claim.input, claim.patientKey, claim.contractId,
                                claim.match, claim.firstServiceDate, claim.totalBilled, batch.jobId,
                                ServiceLineMatch.continuedAs(services(current.content), services(content)), batch.createdAt);
                        next = new Existing(current.id, claim.match, claim.contractId, content, current.version + 1, false);
                    } else {
                        ClaimVersions.voidClaim(connection, current.id, batch.jobId, batch.createdAt);
                        next = new Existing(current.id, current.match, current.contractId, current.content,
                                current.version + 1, true);
                    }
                    stored.put(claim.key(), next);
                    results.add(new Result(claim.input.claimId(), claim.input.payorId(), current.id,
                            action == ClaimAmendment.Action.REPLACE ? Outcome.REPLACED : Outcome.VOIDED, next.match,
                            next.contractId));
                }
                default -> throw new IllegalStateException(action.name());
            }
        }
        pending.flush(connection);
        return results;
    }

    private static List<ServiceLineMatch.Service> services(ClaimContent content) {
        return content.lines().stream()
                .map(line -> new ServiceLineMatch.Service(line.code(), line.modifiers(), line.dateOfService())).toList();
    }

    /** Which stored version has this content: the one in force, else one its history kept by fingerprint. */
    private static ClaimAmendment.SameAs sameAs(Existing current, ClaimContent content,
                                                Map<UUID, Map<String, Integer>> history) {
        if (current == null) {
            return ClaimAmendment.SameAs.NONE;
        }
        if (current.content.equals(content)) {
            return ClaimAmendment.SameAs.CURRENT;
        }
        Integer version = history.getOrDefault(current.id, Map.of()).get(content.fingerprint());
        if (version == null) {
            return ClaimAmendment.SameAs.NONE;
        }
        return version == 1 ? ClaimAmendment.SameAs.FIRST : ClaimAmendment.SameAs.EARLIER;
    }

    /** New claims of a batch waiting for their COPY. */
    private static final class Pending {
        private CopyBinary.Rows claimRows = new CopyBinary.Rows();
        private CopyBinary.Rows lineRows = new CopyBinary.Rows();
        private final java.util.Set<UUID> ids = new java.util.HashSet<>();

        void add(NewClaim claim, Batch batch) {
            addRows(claim, claimRows, lineRows, batch.jobId, batch.createdAt);
            ids.add(claim.id);
        }

        boolean holds(UUID id) {
            return ids.contains(id);
        }

        void flush(Connection connection) throws SQLException {
            if (ids.isEmpty()) {
                return;
            }
            claimRows.copyInto(connection, CLAIM_COLUMNS);
            lineRows.copyInto(connection, LINE_COLUMNS);
            claimRows = new CopyBinary.Rows();
            lineRows = new CopyBinary.Rows();
            ids.clear();
        }
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
        return new NewClaim(claim, Ids.next(), patientKey, contractId, match, first, total);
    }

    private static Result result(NewClaim claim, Outcome outcome) {
        return new Result(claim.input.claimId(), claim.input.payorId(), claim.id, outcome, claim.match, claim.contractId);
    }

    /** The stored claims under the batch's keys, with their content to compare: rare, so read in full. */
    private static Map<String, Existing> findExisting(Connection connection, List<NewClaim> claims) throws SQLException {
        UUID[] payors = new UUID[claims.size()];
        String[] refs = new String[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            payors[i] = claims.get(i).input.payorId();
            refs[i] = claims.get(i).input.claimId();
        }
        record Header(String key, UUID id, ContractMatch match, UUID contractId, String tin, String npi,
                      String patientKey, LocalDate submission, String billingClass, int version, boolean voided) {
        }
        List<Header> headers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FIND_EXISTING)) {
            statement.setArray(1, connection.createArrayOf("uuid", payors));
            statement.setArray(2, connection.createArrayOf("text", refs));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    headers.add(new Header(rs.getObject(1, UUID.class) + "|" + rs.getString(2), rs.getObject(3, UUID.class),
                            ContractMatch.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10),
                            rs.getInt(11), rs.getBoolean(12)));
                }
            }
        }
        if (headers.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ClaimContent.Line>> lines = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(EXISTING_LINES)) {
            statement.setArray(1, connection.createArrayOf("uuid", headers.stream().map(Header::id).toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new ClaimContent.Line(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                                    rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                }
            }
        }
        Map<String, Existing> found = new HashMap<>();
        for (Header h : headers) {
            ClaimContent content = new ClaimContent(h.tin, h.npi, h.match == ContractMatch.GIVEN ? h.contractId : null,
                    h.patientKey, h.submission, h.billingClass, lines.getOrDefault(h.id, List.of()));
            found.put(h.key, new Existing(h.id, h.match, h.contractId, content, h.version, h.voided));
        }
        return found;
    }

    private static void addRows(NewClaim claim, CopyBinary.Rows claims, CopyBinary.Rows lines, UUID jobId, Instant createdAt) {
        ClaimInput in = claim.input;
        claims.row(15).uuid(claim.id).uuid(in.payorId()).text(in.claimId()).text(in.providerTin()).text(in.providerNpi())
                .uuid(claim.contractId).text(claim.match).text(claim.patientKey).text(in.billingClass())
                .date(in.submissionDate()).date(claim.firstServiceDate).money(claim.totalBilled)
                .int4Value(in.lines().size()).uuid(jobId).timestamptz(createdAt);
        addLineRows(claim.id, in.lines(), lines);
    }

    /** The claim's lines as rows of {@link #LINE_COLUMNS}, numbered from 1: a new claim's, or a replacement's. */
    static void addLineRows(UUID claimId, List<ClaimInput.Line> claimLines, CopyBinary.Rows lines) {
        int lineNo = 1;
        for (ClaimInput.Line line : claimLines) {
            lines.row(9).uuid(claimId).int4Value(lineNo++).text(line.code().toUpperCase(Locale.ROOT))
                    .text(modifiers(line.modifiers())).int4Value(line.units() == null ? 1 : line.units())
                    .text(line.placeOfService()).date(line.dateOfService()).money(line.billedCharge())
                    .money(line.invoiceCost());
        }
    }

    static String modifiers(List<String> modifiers) {
        if (modifiers == null || modifiers.isEmpty()) {
            return null;
        }
        return String.join(",", modifiers).toUpperCase(Locale.ROOT);
    }

    private static void linkRemittances(Connection connection, List<UUID> claimIds) throws SQLException {
        // Claims usually come before their remittances: when no remittance claim waits for its claim
        // (the partial index of those answers at once), there is nothing to link.
        try (PreparedStatement statement = connection.prepareStatement(ANY_UNLINKED);
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                return;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(LINK_REMITTANCES)) {
            Array ids = connection.createArrayOf("uuid", claimIds.toArray());
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }
}
