package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.domain.AppealDeadline;
import com.payorcontracts.analytics.domain.AppealPacket;
import com.payorcontracts.analytics.domain.AppealPacketSet;
import com.payorcontracts.analytics.domain.ExpectedAmountSteps;
import com.payorcontracts.analytics.domain.LinePairing;
import com.payorcontracts.analytics.repository.AppealFactsRepository;
import com.payorcontracts.analytics.repository.AppealFactsRepository.AdjustmentRow;
import com.payorcontracts.analytics.repository.AppealFactsRepository.BilledLine;
import com.payorcontracts.analytics.repository.AppealFactsRepository.RemitRow;
import com.payorcontracts.analytics.repository.AppealFactsRepository.UnderpaidLine;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.PricedLine;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Appeal packets: an underpayment's facts put together for the payor's appeals desk. The expected
 * amount is priced again by the pricing engine exactly as the repricing did (the claim's lines under
 * the same rate version, priced together on their earliest date), so its figures are the quote's; the
 * 835 lines that paid the line are found by pairing them again ({@link LinePairing}).
 */
@ApplicationScoped
public class AppealPacketService {

    /** The most packets one payor's set holds; a payor with more is asked to narrow it by contract. */
    public static final int MAX_PACKETS = 500;

    private final Jdbc jdbc;
    private final AppealFactsRepository facts;
    private final TermsCatalog catalog;
    private final UnderpaymentService underpayments;
    private final Clock clock;
    private final ClaimPricer pricer = new ClaimPricer();

    AppealPacketService(Jdbc jdbc, AppealFactsRepository facts, TermsCatalog catalog, UnderpaymentService underpayments,
                        Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.catalog = catalog;
        this.underpayments = underpayments;
        this.clock = clock;
    }

    /** The packet of one underpayment; 404 when there is none. */
    public AppealPacket packet(long id) {
        TermsCatalog.Snapshot terms = catalog.current();
        return jdbc.inTransaction(connection -> build(connection, id, terms));
    }

    /** The packets of every open underpayment of the payor (of one contract, if given), largest first. */
    public AppealPacketSet packets(UUID payorId, UUID contractId) {
        if (payorId == null) {
            throw ApiException.invalidField("payorId", "must not be null");
        }
        TermsCatalog.Snapshot terms = catalog.current();
        List<AppealPacket> packets = jdbc.inTransaction(connection -> {
            List<Long> ids = facts.openUnderpayments(connection, payorId, contractId, MAX_PACKETS + 1);
            if (ids.size() > MAX_PACKETS) {
                throw ApiException.unprocessable("the payor has more than " + MAX_PACKETS
                        + " open underpayments; ask for one contract at a time (contractId)");
            }
            List<AppealPacket> built = new ArrayList<>();
            for (long id : ids) {
                built.add(build(connection, id, terms));
            }
            return built;
        });
        return AppealPacketSet.of(payorId, LocalDate.now(clock), packets);
    }

    /**
     * Appeals the underpayment: moves it to APPEALED under the platform's rules (If-Match, 409 naming
     * the allowed statuses) and answers its packet, prepared first so that nothing moves when it cannot be.
     */
    public Appealed appeal(long id, EntityTags ifMatch) {
        // A stale tag is a 412 before anything else is looked at; change() checks it again under the row lock.
        ifMatch.check("underpayment " + id, underpayments.get(id).version());
        AppealPacket packet = packet(id);
        UnderpaymentService.Underpayment moved = underpayments.change(id, ifMatch,
                new UnderpaymentService.Change(UnderpaymentService.Status.APPEALED, null, null));
        return new Appealed(packet.withStatus(moved.status().name()), moved.version());
    }

    /** A packet and the underpayment's version after the move. */
    public record Appealed(AppealPacket packet, long version) {
    }

    private AppealPacket build(Connection connection, long id, TermsCatalog.Snapshot terms) throws SQLException {
        UnderpaidLine line = facts.underpaidLine(connection, id);
        if (line == null) {
            String ended = facts.endedBy(connection, id);
            if (ended != null) {
                throw ApiException.conflict("underpayment " + id + ": the service it was found on is no longer billed ("
                        + ended + "), so there is nothing to appeal; move it to WRITTEN_OFF or INVALID, or to RECOVERED"
                        + " if the payment came");
            }
            throw ApiException.notFound("underpayment", id);
        }
        List<BilledLine> billed = facts.billedLines(connection, line.claimId());
        int index = indexOf(billed, line.lineNo());
        BilledLine billedLine = billed.get(index);

        AppealFactsRepository.ContractRow contractRow = line.contractId() == null ? null
                : facts.contract(connection, line.contractId());
        TermsCatalog.ContractEntry entry = terms.contract(line.contractId());
        if (contractRow == null || entry == null) {
            throw ApiException.conflict("underpayment " + id + ": its contract is no longer projected; reprice first");
        }
        ContractChanged.ContractTerms contract = EventCodec.decode(contractRow.termsJson().getBytes(StandardCharsets.UTF_8),
                ContractChanged.ContractTerms.class);
        TermsCatalog.RateVersion version = entry.versionFor(billedLine.serviceDate());
        if (version == null || version.compiled() == null) {
            throw ApiException.conflict("underpayment " + id + ": the contract no longer prices its date of service; reprice first");
        }
        PricedLine priced = price(line, billed, index, entry, version);
        ContractChanged.RateTerms rateTerms = contract.rateVersions().stream()
                .filter(r -> r.effectiveFrom().equals(version.from())).findFirst().orElse(null);

        List<RemitRow> remits = facts.remittances(connection, line.claimId());
        Payments payments = payments(billed, index, remits, facts.adjustments(connection, line.claimId()));

        ContractChanged.ProviderEntity provider = contract.provider();
        AppealPacket.Provider who = new AppealPacket.Provider(provider == null ? null : provider.name(),
                first(line.providerTin(), provider == null ? null : provider.tin(), payments.payeeTin),
                first(line.providerNpi(), payments.payeeNpi, provider == null ? null : provider.groupNpi(),
                        provider == null ? null : provider.facilityNpi()));
        AppealPacket.Payor payor = new AppealPacket.Payor(line.payorId(), payments.payerName, payments.payerId);

        LocalDate lastService = billed.stream().map(BilledLine::serviceDate).max(Comparator.naturalOrder()).orElseThrow();
        AppealPacket.ClaimFacts claim = new AppealPacket.ClaimFacts(line.claimRef(), payments.payerClaimNumber,
                line.firstServiceDate(), lastService, line.lineNo(), billedLine.code(), modifiers(billedLine),
                billedLine.units(), billedLine.placeOfService(), billedLine.serviceDate(), billedLine.billed());

        FeeScheduleLine row = priced.matchedLine();
        ContractChanged.Escalator escalator = rateTerms == null ? null : rateTerms.escalator();
        AppealPacket.ContractClause clause = new AppealPacket.ContractClause(line.contractId(), contract.name(),
                contractRow.version(), version.from(), version.to(), rateTerms == null ? null : rateTerms.source(),
                rateTerms == null ? null : rateTerms.amendmentId(), row == null ? null : row.key(),
                row != null ? row.method().name() : rateTerms == null || rateTerms.defaultRule() == null ? null
                        : rateTerms.defaultRule().method(),
                row == null ? null : row.amount(),
                row != null ? row.percent() : rateTerms == null || rateTerms.defaultRule() == null ? null
                        : rateTerms.defaultRule().percent(),
                priced.rule().name(),
                escalator == null ? null : new AppealPacket.Escalator(escalator.annualPercent(),
                        escalator.firstAnniversary(), escalator.years()),
                rateTerms == null ? null : rateTerms.lesserOfPercent());

        AppealPacket.Expected expected = new AppealPacket.Expected(priced.expectedAmount(), priced.rule().name(),
                priced.matchedKey(), priced.escalatorFactor().stripTrailingZeros(), priced.modifierPercent(),
                priced.reductionRank(), priced.reductionPercent(),
                priced.lesserOf() == null ? null : priced.lesserOf().percent(),
                priced.lesserOf() == null ? null : priced.lesserOf().chargeLimit(),
                priced.lesserOf() == null ? null : priced.lesserOf().winner().name(),
                ExpectedAmountSteps.of(priced, billedLine.units(), billedLine.billed(), billedLine.invoiceCost()));

        AppealPacket.Payment payment = new AppealPacket.Payment(line.paymentDate(), List.copyOf(payments.traceNumbers),
                line.paid(), line.patientResponsibility(), line.allowed(), payments.adjustments, payments.remarks);
        ContractChanged.PaymentTerms paymentTerms = contract.paymentTerms();
        AppealPacket.LateInterest late = new AppealPacket.LateInterest(line.receivedDate(), line.paymentDate(),
                line.daysToPay(), line.cleanClaimDays(), line.lateDays(),
                paymentTerms == null ? null : paymentTerms.lateInterestRatePercent(), line.claimPaid(), line.interestOwed());
        Integer window = paymentTerms == null ? null : paymentTerms.appealWindowDays();
        LocalDate appealBy = AppealDeadline.appealBy(payments.lastPaymentDate != null ? payments.lastPaymentDate
                : line.paymentDate(), window);
        return new AppealPacket(id, line.status(), LocalDate.now(clock), who, payor, claim, clause, expected, payment,
                line.variance(), late, window, appealBy);
    }

    /** Prices the claim's lines under the line's rate version together, as the repricing does, and returns the line's. */
    private PricedLine price(UnderpaidLine line, List<BilledLine> billed, int index, TermsCatalog.ContractEntry entry,
                             TermsCatalog.RateVersion version) {
        List<ClaimLine> lines = new ArrayList<>();
        int position = -1;
        LocalDate date = null;
        for (int i = 0; i < billed.size(); i++) {
            BilledLine b = billed.get(i);
            if (entry.versionFor(b.serviceDate()) != version) {
                continue;
            }
            if (i == index) {
                position = lines.size();
            }
            lines.add(new ClaimLine(b.code(), modifiers(b), b.units(), b.placeOfService(), b.billed(), b.invoiceCost()));
            date = date == null || b.serviceDate().isBefore(date) ? b.serviceDate() : date;
        }
        BillingClass billing = line.billingClass() != null ? BillingClass.valueOf(line.billingClass()) : version.billingClass();
        return pricer.price(version.compiled(), version.reference(), new Claim(date, billing, lines)).line(position);
    }

    /** What the 835s say about the line: the remittance lines paired with it, their codes, payer and payee. */
    private static Payments payments(List<BilledLine> billed, int index, List<RemitRow> remits, List<AdjustmentRow> adjustments) {
        int count = billed.size();
        String[] codes = billed.stream().map(BilledLine::code).toArray(String[]::new);
        LocalDate[] dates = billed.stream().map(BilledLine::serviceDate).toArray(LocalDate[]::new);
        boolean[] used = new boolean[count];
        Payments payments = new Payments();
        Set<String> paying = new LinkedHashSet<>(); // remit claim id + "#" + line no
        UUID current = null;
        for (RemitRow row : remits) {
            if (!row.remitClaimId().equals(current)) {
                current = row.remitClaimId();
                Arrays.fill(used, false);
                if (row.lineNo() == null) {
                    payments.paidBy(row, paying, 0); // paid without lines: spread over every line
                    continue;
                }
            }
            int paired = LinePairing.pair(codes, dates, used, count, row.originalCode(), row.code(), row.serviceDate());
            if (paired < 0) {
                continue;
            }
            used[paired] = true;
            if (paired == index) {
                payments.paidBy(row, paying, row.lineNo());
            }
        }
        for (AdjustmentRow adjustment : adjustments) {
            String key = adjustment.remitClaimId() + "#" + adjustment.lineNo();
            if (!paying.contains(key) && !(adjustment.lineNo() == 0 && payments.claims.contains(adjustment.remitClaimId()))) {
                continue;
            }
            if (adjustment.group() == null) {
                if (!payments.remarks.contains(adjustment.reason())) {
                    payments.remarks.add(adjustment.reason());
                }
            } else {
                payments.adjustments.add(new AppealPacket.Adjustment(adjustment.group(), adjustment.reason(),
                        adjustment.amount()));
            }
        }
        return payments;
    }

    /** The remittances that paid the line. */
    private static final class Payments {
        final Set<UUID> claims = new LinkedHashSet<>();
        final Set<String> traceNumbers = new LinkedHashSet<>();
        final List<AppealPacket.Adjustment> adjustments = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();
        String payerName;
        String payerId;
        String payeeTin;
        String payeeNpi;
        String payerClaimNumber;
        LocalDate lastPaymentDate;

        void paidBy(RemitRow row, Set<String> paying, int lineNo) {
            paying.add(row.remitClaimId() + "#" + lineNo);
            claims.add(row.remitClaimId());
            if (row.traceNumber() != null) {
                traceNumbers.add(row.traceNumber());
            }
            payerName = payerName == null ? row.payerName() : payerName;
            payerId = payerId == null ? row.payerId() : payerId;
            payeeTin = payeeTin == null ? row.payeeTin() : payeeTin;
            payeeNpi = payeeNpi == null ? row.payeeNpi() : payeeNpi;
            payerClaimNumber = row.payerClaimNumber() != null ? row.payerClaimNumber() : payerClaimNumber;
            if (row.paymentDate() != null && (lastPaymentDate == null || row.paymentDate().isAfter(lastPaymentDate))) {
                lastPaymentDate = row.paymentDate();
            }
        }
    }

    private static int indexOf(List<BilledLine> billed, int lineNo) {
        for (int i = 0; i < billed.size(); i++) {
            if (billed.get(i).lineNo() == lineNo) {
                return i;
            }
        }
        throw new IllegalStateException("claim line " + lineNo + " is gone");
    }

    private static List<String> modifiers(BilledLine line) {
        return line.modifiers() == null || line.modifiers().isEmpty() ? List.of() : List.of(line.modifiers().split(","));
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
