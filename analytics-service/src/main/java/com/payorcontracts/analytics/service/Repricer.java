package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AnalyticsConfig;
import com.payorcontracts.analytics.domain.LinePairing;
import com.payorcontracts.analytics.domain.PaymentSpread;
import com.payorcontracts.analytics.domain.PaymentTiming;
import com.payorcontracts.analytics.domain.RemittanceClaimStatus;
import com.payorcontracts.analytics.domain.Variance;
import com.payorcontracts.analytics.messaging.AnalyticsEvents;
import com.payorcontracts.analytics.repository.CopyText;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.events.AnalyticsChanged;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.PricedClaim;
import com.payorcontracts.pricing.PricedLine;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Expected versus paid for every line in scope. Claim lines and remittance lines are streamed
 * from two connections, both sorted by claim, and merged: each claim is priced with its
 * contract's compiled terms in force on each line's date of service, the remittance lines are
 * paired with the claim lines (same code, then same date of service; a reversal nets out its
 * original), and the results are COPYed into {@code line_result} and {@code claim_result} in one
 * transaction. Underpayments beyond the tolerance join the worklist.
 *
 * <p>variance = paid + patient responsibility − expected: what the contract says the provider is
 * owed in all, against what payer and patient were told to pay. Money is rounded HALF_UP to the cent.
 */
@ApplicationScoped
public class Repricer {

    private static final Logger LOG = Logger.getLogger(Repricer.class);
    private static final long LOCK = 0x5245505249434531L; // one repricing at a time
    static final String LINE_RESULT = "line_result (claim_id, line_no, payor_id, contract_id, code, service_date, billed, "
            + "pricing, expected, rule, matched_key, remitted, paid, allowed, patient_resp, variance, denied)";
    static final String CLAIM_RESULT = "claim_result (claim_id, payor_id, contract_id, service_date, received_date, "
            + "payment_date, days_to_pay, clean_claim_days, late_days, interest_owed, expected, paid)";

    /** What a repricing did. */
    public record Summary(long claims, long lines, long remittedLines, long underpaidLines, long millis) {
    }

    private final Jdbc jdbc;
    private final AnalyticsEvents events;
    private final TermsCatalog catalog;
    private final AnalyticsConfig config;
    private final Clock clock;
    private final ClaimPricer pricer = new ClaimPricer();
    // The advisory lock lets one repricing run at a time anyway. Waiting for it here, before taking
    // a connection, keeps waiters out of the pool: each waiter used to hold a connection while the
    // lock holder needed two more for its streams, which starved the pool under load for good.
    private final Semaphore oneAtATime = new Semaphore(1, true);

    Repricer(Jdbc jdbc, TermsCatalog catalog, AnalyticsConfig config, Clock clock, AnalyticsEvents events) {
        this.events = events;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.config = config;
        this.clock = clock;
    }

    public Summary reprice(RepriceScope scope) {
        return reprice(scope, done -> { });
    }

    /**
     * Reprices what a request has just committed. Its answer must not turn into an error now that the
     * write is stored, so a busy repricer (longer than {@code repricing-wait}) or a database outage
     * leaves these claims unpriced, logged, for the next repricing that covers them.
     */
    public void repriceAfterCommit(RepriceScope scope) {
        try {
            reprice(scope, done -> { }, config.repricingWait());
        } catch (RuntimeException e) {
            LOG.warnf("Repricing after a committed write failed; the claims wait for the next repricing: %s", e.getMessage());
        }
    }

    /** Reprices the scope; {@code progress} hears the number of lines done now and then. */
    public Summary reprice(RepriceScope scope, LongConsumer progress) {
        return reprice(scope, progress, null);
    }

    private Summary reprice(RepriceScope scope, LongConsumer progress, Duration wait) {
        if (scope.isEmpty()) {
            return new Summary(0, 0, 0, 0, 0);
        }
        long started = System.nanoTime();
        try {
            if (wait == null) {
                oneAtATime.acquire();
            } else if (!oneAtATime.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(ProblemType.UNAVAILABLE, "repricing is busy; nothing was repriced, try again shortly",
                        List.of());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to reprice", e);
        }
        Summary summary;
        try {
            summary = repriceAlone(scope, progress);
        } finally {
            oneAtATime.release();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (scope.isAll()) {
            LOG.infof("Repriced %d claims, %d lines in %d ms", summary.claims(), summary.lines(), millis);
        }
        return new Summary(summary.claims(), summary.lines(), summary.remittedLines(), summary.underpaidLines(), millis);
    }

    private Summary repriceAlone(RepriceScope scope, LongConsumer progress) {
        TermsCatalog.Snapshot terms = catalog.current();
        Instant now = Instant.now(clock);
        return jdbc.inTransaction(write -> {
            try (Statement statement = write.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                if (scope.isAll()) {
                    statement.execute("TRUNCATE line_result, claim_result");
                } else {
                    statement.executeUpdate("DELETE FROM line_result WHERE " + scope.condition("claim_id"));
                    statement.executeUpdate("DELETE FROM claim_result WHERE " + scope.condition("claim_id"));
                }
            }
            Counts counts = new Counts();
            CopyText.Rows claimRows = new CopyText.Rows();
            try (Connection claimSide = jdbc.connection(); Connection remitSide = jdbc.connection();
                 CopyText.Reader claims = new CopyText.Reader(claimSide, claimQuery(scope));
                 CopyText.Reader remits = new CopyText.Reader(remitSide, remitQuery(scope));
                 CopyText.Stream lineOut = new CopyText.Stream(write, LINE_RESULT)) {
                merge(claims, remits, terms, lineOut, claimRows, counts, progress);
                lineOut.finish();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            claimRows.copyInto(write, CLAIM_RESULT);
            counts.underpaid = updateWorklist(write, scope, now);
            return new Summary(counts.claims, counts.lines, counts.remitted, counts.underpaid, 0);
        });
    }

    // Dates repeat by the million in a repricing; parsing each distinct one once is measurably cheaper.
    private static final java.util.concurrent.ConcurrentHashMap<String, LocalDate> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    private static LocalDate date(String text) {
        LocalDate date = DATES.get(text);
        if (date == null) {
            if (DATES.size() > 100_000) {
                DATES.clear();
            }
            date = LocalDate.parse(text);
            DATES.put(text, date);
        }
        return date;
    }

    private static String claimQuery(RepriceScope scope) {
        return "SELECT c.id, c.payor_id, c.contract_id, c.billing_class, c.submission_date, c.first_service_date, "
                + "l.line_no, l.code, l.modifiers, l.units, l.place_of_service, l.service_date, l.billed, l.invoice_cost "
                // A voided claim keeps its lines (what was voided) but is priced no more: no figures, no worklist.
                + "FROM claim c JOIN claim_line l ON l.claim_id = c.id WHERE c.voided_at IS NULL AND " + scope.condition("c.id")
                + " ORDER BY c.id, l.line_no";
    }

    private static String remitQuery(RepriceScope scope) {
        return "SELECT rc.claim_id, rc.id, rc.status, rc.paid, rc.patient_resp, rc.payment_date, rc.received_date, "
                + "l.line_no, l.code, l.original_code, l.service_date, l.paid, l.allowed, l.patient_resp "
                + "FROM remit_claim rc LEFT JOIN remit_line l ON l.remit_claim_id = rc.id "
                + "WHERE rc.claim_id IS NOT NULL AND " + scope.condition("rc.claim_id")
                + " ORDER BY rc.claim_id, rc.payment_date, rc.id, l.line_no";
    }

    private static final class Counts {
        long claims;
        long lines;
        long remitted;
        long underpaid;
    }

    private void merge(CopyText.Reader claims, CopyText.Reader remits, TermsCatalog.Snapshot terms,
                       CopyText.Stream lineOut, CopyText.Rows claimRows, Counts counts, LongConsumer progress)
            throws SQLException {
        List<String> claimRow = claims.next();
        List<String> remitRow = remits.next();
        ClaimWork work = new ClaimWork();
        while (claimRow != null) {
            String claimId = claimRow.get(0);
            work.reset(claimRow);
            while (claimRow != null && claimRow.get(0).equals(claimId)) {
                work.addLine(claimRow);
                claimRow = claims.next();
            }
            // Both sides are sorted by the uuid's text, which orders like PostgreSQL's uuid.
            while (remitRow != null && remitRow.get(0).compareTo(claimId) < 0) {
                remitRow = remits.next();
            }
            while (remitRow != null && remitRow.get(0).equals(claimId)) {
                work.addRemit(remitRow);
                remitRow = remits.next();
            }
            work.price(terms, pricer);
            work.settle();
            work.write(lineOut, claimRows, counts);
            if (++counts.claims % 20_000 == 0) {
                progress.accept(counts.lines);
            }
        }
        progress.accept(counts.lines);
    }

    private long updateWorklist(Connection connection, RepriceScope scope, Instant now) throws SQLException {
        BigDecimal threshold = Variance.underpaymentThreshold(config.underpaymentTolerance());
        long detected;
        // Each line new on the worklist is an underpayment.detected event, committed with it.
        try (PreparedStatement insert = connection.prepareStatement(
                "WITH added AS (INSERT INTO underpayment (claim_id, line_no, status, detected_at, updated_at) "
                        + "SELECT claim_id, line_no, 'DETECTED', ?, ? FROM line_result WHERE variance < ? AND "
                        + scope.condition("claim_id") + " ON CONFLICT DO NOTHING RETURNING id, claim_id, line_no) "
                        + "SELECT a.id, a.claim_id, a.line_no, r.payor_id, r.contract_id, r.code, r.service_date, r.expected,"
                        + " r.paid, r.variance FROM added a JOIN line_result r ON r.claim_id = a.claim_id AND r.line_no = a.line_no"
                        + " ORDER BY a.id");
             PreparedStatement resolved = connection.prepareStatement(
                     "DELETE FROM underpayment u WHERE u.status = 'DETECTED' AND " + scope.condition("u.claim_id")
                             + " AND NOT EXISTS (SELECT 1 FROM line_result r WHERE r.claim_id = u.claim_id "
                             + "AND r.line_no = u.line_no AND r.variance < ?)");
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM line_result WHERE variance < ? AND " + scope.condition("claim_id"))) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setBigDecimal(3, threshold);
            try (var rs = insert.executeQuery()) {
                while (rs.next()) {
                    events.underpaymentDetected(connection, new AnalyticsChanged.Underpayment(rs.getLong(1),
                            rs.getObject(2, UUID.class), rs.getInt(3), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                            rs.getString(6), rs.getObject(7, java.time.LocalDate.class), rs.getBigDecimal(8),
                            rs.getBigDecimal(9), rs.getBigDecimal(10)));
                }
            }
            // A line no longer underpaid (a correction arrived) leaves the worklist unless someone works on it.
            resolved.setBigDecimal(1, threshold);
            resolved.executeUpdate();
            count.setBigDecimal(1, threshold);
            try (var rs = count.executeQuery()) {
                rs.next();
                detected = rs.getLong(1);
            }
        }
        return detected;
    }

    /** One claim being repriced; reused from claim to claim. */
    private static final class ClaimWork {
        private static final int MAX = ClaimValidator.MAX_LINES + 1;
        String claimId;
        String payorId;
        UUID contractId;
        String billingClass;
        LocalDate submissionDate;
        LocalDate firstServiceDate;
        int count;
        final int[] lineNo = new int[MAX];
        final String[] code = new String[MAX];
        final String[] modifiers = new String[MAX];
        final int[] units = new int[MAX];
        final String[] pos = new String[MAX];
        final LocalDate[] dos = new LocalDate[MAX];
        final String[] billedText = new String[MAX];
        final BigDecimal[] billed = new BigDecimal[MAX];
        final BigDecimal[] invoice = new BigDecimal[MAX];
        final String[] pricing = new String[MAX];
        final BigDecimal[] expected = new BigDecimal[MAX];
        final String[] rule = new String[MAX];
        final String[] matchedKey = new String[MAX];
        final boolean[] remitted = new boolean[MAX];
        final BigDecimal[] paid = new BigDecimal[MAX];
        final BigDecimal[] allowed = new BigDecimal[MAX];
        final BigDecimal[] patientResp = new BigDecimal[MAX];
        final boolean[] used = new boolean[MAX];
        // Remittance side, claim level.
        final List<String[]> remitRows = new ArrayList<>();
        TermsCatalog.ContractEntry contract;

        void reset(List<String> row) {
            claimId = row.get(0);
            payorId = row.get(1);
            contractId = row.get(2) == null ? null : UUID.fromString(row.get(2));
            billingClass = row.get(3);
            submissionDate = row.get(4) == null ? null : date(row.get(4));
            firstServiceDate = date(row.get(5));
            count = 0;
            remitRows.clear();
        }

        void addLine(List<String> row) {
            int i = count++;
            lineNo[i] = Integer.parseInt(row.get(6));
            code[i] = row.get(7);
            modifiers[i] = row.get(8);
            units[i] = Integer.parseInt(row.get(9));
            pos[i] = row.get(10);
            dos[i] = date(row.get(11));
            billedText[i] = row.get(12);
            billed[i] = new BigDecimal(row.get(12));
            invoice[i] = row.get(13) == null ? null : new BigDecimal(row.get(13));
            expected[i] = null;
            rule[i] = null;
            matchedKey[i] = null;
            remitted[i] = false;
            paid[i] = BigDecimal.ZERO;
            allowed[i] = BigDecimal.ZERO;
            patientResp[i] = BigDecimal.ZERO;
        }

        void addRemit(List<String> row) {
            remitRows.add(row.toArray(new String[0]));
        }

        void price(TermsCatalog.Snapshot terms, ClaimPricer pricer) {
            contract = terms.contract(contractId);
            if (contract == null) {
                Arrays.fill(pricing, 0, count, "NO_CONTRACT");
                return;
            }
            boolean[] done = new boolean[count];
            for (int i = 0; i < count; i++) {
                if (done[i]) {
                    continue;
                }
                TermsCatalog.RateVersion version = contract.versionFor(dos[i]);
                // The lines priced together are those under the same rate version: one claim to the engine.
                List<Integer> group = new ArrayList<>();
                for (int j = i; j < count; j++) {
                    if (!done[j] && contract.versionFor(dos[j]) == version) {
                        group.add(j);
                        done[j] = true;
                    }
                }
                if (version == null) {
                    group.forEach(j -> pricing[j] = "OUTSIDE_TERMS");
                } else if (version.compiled() == null) {
                    group.forEach(j -> pricing[j] = "TERMS_INVALID");
                } else {
                    priceGroup(version, group, pricer);
                }
            }
        }

        private void priceGroup(TermsCatalog.RateVersion version, List<Integer> group, ClaimPricer pricer) {
            List<ClaimLine> lines = new ArrayList<>(group.size());
            LocalDate date = null;
            for (int j : group) {
                List<String> mods = modifiers[j] == null ? List.of() : List.of(modifiers[j].split(","));
                lines.add(new ClaimLine(code[j], mods, units[j], pos[j], billed[j], invoice[j]));
                date = date == null || dos[j].isBefore(date) ? dos[j] : date;
            }
            BillingClass billing = billingClass != null ? BillingClass.valueOf(billingClass) : version.billingClass();
            if (!version.compiled().covers(date)) {
                group.forEach(j -> pricing[j] = "OUTSIDE_TERMS");
                return;
            }
            PricedClaim priced = pricer.price(version.compiled(), version.reference(), new Claim(date, billing, lines));
            for (int k = 0; k < group.size(); k++) {
                int j = group.get(k);
                PricedLine line = priced.line(k);
                pricing[j] = "PRICED";
                expected[j] = line.expectedAmount();
                rule[j] = line.rule().name();
                matchedKey[j] = line.matchedKey();
            }
        }

        // Remittance rows: 0 claim, 1 remit claim, 2 status, 3 claim paid, 4 claim PR, 5 payment date,
        // 6 received date, 7 line no, 8 code, 9 original code, 10 service date, 11 paid, 12 allowed, 13 PR.
        LocalDate receivedDate;
        LocalDate paymentDate;
        BigDecimal claimPaid;

        void settle() {
            receivedDate = null;
            paymentDate = null;
            claimPaid = BigDecimal.ZERO;
            String currentRemit = null;
            for (String[] row : remitRows) {
                if (!row[1].equals(currentRemit)) {
                    currentRemit = row[1];
                    Arrays.fill(used, 0, count, false);
                    BigDecimal remitPaid = new BigDecimal(row[3]);
                    claimPaid = claimPaid.add(remitPaid);
                    LocalDate received = row[6] == null ? null : date(row[6]);
                    if (received != null && (receivedDate == null || received.isBefore(receivedDate))) {
                        receivedDate = received;
                    }
                    LocalDate paidOn = row[5] == null ? null : date(row[5]);
                    if (RemittanceClaimStatus.isEarlierPayment(row[2], remitPaid, paidOn, paymentDate)) {
                        paymentDate = paidOn;
                    }
                    if (row[7] == null) {
                        spreadOverLines(remitPaid, new BigDecimal(row[4]));
                        continue;
                    }
                }
                int index = LinePairing.pair(code, dos, used, count, row[9], row[8],
                        row[10] == null ? null : date(row[10]));
                if (index < 0) {
                    continue;
                }
                BigDecimal linePaid = new BigDecimal(row[11]);
                BigDecimal linePr = new BigDecimal(row[13]);
                used[index] = true;
                remitted[index] = true;
                paid[index] = paid[index].add(linePaid);
                patientResp[index] = patientResp[index].add(linePr);
                allowed[index] = allowed[index].add(row[12] != null ? new BigDecimal(row[12]) : linePaid.add(linePr));
            }
        }

        /** A remittance claim without service lines: its payment is spread over the lines by billed charge. */
        private void spreadOverLines(BigDecimal claimLevelPaid, BigDecimal claimLevelPr) {
            PaymentSpread.Share[] shares = PaymentSpread.byBilledCharge(claimLevelPaid, claimLevelPr, billed, count);
            for (int i = 0; i < count; i++) {
                BigDecimal paidShare = shares[i].paid();
                BigDecimal prShare = shares[i].patientResponsibility();
                remitted[i] = true;
                paid[i] = paid[i].add(paidShare);
                patientResp[i] = patientResp[i].add(prShare);
                allowed[i] = allowed[i].add(paidShare).add(prShare);
            }
        }

        void write(CopyText.Stream lineOut, CopyText.Rows claimRows, Counts counts) throws SQLException {
            BigDecimal expectedTotal = null;
            String contract = contractId == null ? null : contractId.toString();
            for (int i = 0; i < count; i++) {
                counts.lines++;
                BigDecimal variance = Variance.of(remitted[i], paid[i], patientResp[i], expected[i]);
                if (remitted[i]) {
                    counts.remitted++;
                }
                if (expected[i] != null) {
                    expectedTotal = expectedTotal == null ? expected[i] : expectedTotal.add(expected[i]);
                }
                boolean denied = Variance.denied(remitted[i], paid[i], patientResp[i]);
                lineOut.row().add(claimId).add(lineNo[i]).add(payorId).add(contract).add(code[i]).add(dos[i])
                        .add(billedText[i]).add(pricing[i]).add(plain(expected[i])).add(rule[i]).add(matchedKey[i])
                        .add(remitted[i] ? "t" : "f").add(remitted[i] ? plain(paid[i]) : null)
                        .add(remitted[i] ? plain(allowed[i]) : null).add(remitted[i] ? plain(patientResp[i]) : null)
                        .add(plain(variance)).add(denied ? "t" : "f");
                lineOut.rowDone();
            }
            PaymentTiming timing = PaymentTiming.of(receivedDate, submissionDate, firstServiceDate, paymentDate,
                    this.contract == null ? null : this.contract.cleanClaimDays,
                    this.contract == null ? null : this.contract.lateInterestPercent, claimPaid);
            claimRows.add(claimId).add(payorId).add(contract).add(firstServiceDate).add(timing.receivedDate())
                    .add(paymentDate).add(timing.daysToPay()).add(timing.cleanClaimDays()).add(timing.lateDays())
                    .add(plain(timing.interestOwed())).add(plain(expectedTotal))
                    .add(remitRows.isEmpty() ? null : plain(claimPaid)).end();
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }
}
