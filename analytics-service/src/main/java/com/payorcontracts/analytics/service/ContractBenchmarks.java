package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.BenchmarkRepository;
import com.payorcontracts.analytics.repository.NegotiationProjectionRepository;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.CompiledTerms;
import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.PricedClaim;
import com.payorcontracts.pricing.ProposedRates;
import com.payorcontracts.pricing.RateChange;
import com.payorcontracts.pricing.RateMethod;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import com.payorcontracts.transparency.benchmark.BenchmarkCalculator;
import com.payorcontracts.transparency.benchmark.BenchmarkKey;
import com.payorcontracts.transparency.benchmark.CodeComparison;
import com.payorcontracts.transparency.benchmark.MedicareRates;
import com.payorcontracts.transparency.benchmark.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A contract's rates, or a negotiation proposal's, against the market: per code and site, the rate
 * for one unit (priced by the pricing engine under the terms in force on the date, or under the
 * terms the proposal would put in force on its effective date), Medicare (the contract's reference
 * schedule), the market's percentiles and the rate's percentile rank, and the opportunity over the
 * trailing twelve months' claim volume. Analytics never holds a walk-away floor, so none can show.
 */
@ApplicationScoped
public class ContractBenchmarks {

    /** Billed charge per unit assumed for a code the contract has no claims for: high enough that no lesser-of-charges rule applies. */
    static final BigDecimal NO_CLAIMS_BILLED = new BigDecimal("99999.99");

    private final TermsCatalog catalog;
    private final BenchmarkRepository repository;
    private final NegotiationProjectionRepository negotiations;
    private final ClaimPricer pricer = new ClaimPricer();

    ContractBenchmarks(TermsCatalog catalog, BenchmarkRepository repository, NegotiationProjectionRepository negotiations) {
        this.catalog = catalog;
        this.repository = repository;
        this.negotiations = negotiations;
    }

    /**
     * The comparison, codes in code then site order; the total is the sum of every code's opportunity.
     *
     * @param asOf the end of the twelve months whose claims give each code's volume
     */
    public record Comparison(UUID contractId, LocalDate asOf, LocalDate volumeAfter, List<CodeComparison> codes,
                             BigDecimal totalOpportunity) {
    }

    /** A negotiation proposal against the market: its rates priced on {@code pricedOn}, its effective date. */
    public record ProposalComparison(NegotiationProjectionRepository.ProposalRow proposal, LocalDate pricedOn,
                                     Comparison comparison) {
    }

    /** Terms ready to price one unit of a code, with the schedule Medicare fees come from. */
    private record Rates(CompiledTerms compiled, ReferenceFeeSchedule reference, BillingClass billingClass) {
    }

    /** The contract's terms in force on {@code asOf}, priced on that date, volumes of the twelve months before it. */
    public Comparison compare(UUID contractId, LocalDate asOf, List<String> payors, List<String> extraCodes) {
        TermsCatalog.ContractEntry contract = contract(contractId);
        TermsCatalog.RateVersion version = contract.versionFor(asOf);
        if (version == null || version.compiled() == null) {
            throw ApiException.unprocessable("contract " + contractId + " has no rates that can be priced on " + asOf
                    + (version != null && version.invalid() != null ? ": " + version.invalid() : ""));
        }
        return compare(contractId, new Rates(version.compiled(), version.reference(), billingClass(version)), asOf, asOf,
                payors, extraCodes);
    }

    /**
     * A proposal against the market, the same way as its contract: the terms the proposal would put in
     * force (the contract's terms on its effective date, or its latest when a renewal's date lies beyond
     * them, changed as the pricing engine's {@link ProposedRates} changes them in contract-service) priced
     * on the effective date, so rate methods, percent of Medicare and escalators count; volumes of the
     * twelve months before {@code asOf}; the codes with volume, those asked for and every code the proposal changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalComparison compareProposal(UUID negotiationId, UUID proposalId, LocalDate asOf, List<String> payors,
                                              List<String> extraCodes) {
        NegotiationProjectionRepository.ProposalRow row = negotiations.proposal(negotiationId, proposalId)
                .orElseThrow(() -> ApiException.notFound("proposal of negotiation " + negotiationId, proposalId));
        NegotiationChanged.Proposal proposal = row.proposal();
        TermsCatalog.ContractEntry contract = contract(row.contractId());
        LocalDate pricedOn = proposal.effectiveDate();
        TermsCatalog.RateVersion basis = contract.versionFor(pricedOn);
        if (basis == null && contract.versions.length > 0) {
            basis = contract.versions[contract.versions.length - 1];
        }
        if (basis == null || basis.terms() == null) {
            throw ApiException.unprocessable("contract " + row.contractId() + " has no rates a proposal can change"
                    + (basis != null && basis.invalid() != null ? ": " + basis.invalid() : ""));
        }
        CompiledTerms proposed;
        List<RateChange> changes = new ArrayList<>();
        try {
            for (NegotiationChanged.RateChange change : proposal.rateChanges()) {
                changes.add(new RateChange(RateChange.Kind.valueOf(change.kind()), change.codes(), change.amount(),
                        change.percent()));
            }
            proposed = CompiledTerms.compile(ProposedRates.apply(basis.terms().withPeriod(new ContractPeriod(pricedOn, null)),
                    changes, escalator(proposal), proposal.lesserOfPercent()));
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("proposal " + proposalId + " cannot be priced against the contract's terms: "
                    + e.getMessage());
        }
        List<String> codes = new ArrayList<>(extraCodes);
        changes.forEach(change -> codes.addAll(change.codes()));
        Comparison comparison = compare(row.contractId(), new Rates(proposed, basis.reference(), billingClass(basis)),
                pricedOn, asOf, payors, codes);
        return new ProposalComparison(row, pricedOn, comparison);
    }

    /** The escalator the proposal asks for; null keeps the one in force. */
    private static Escalator escalator(NegotiationChanged.Proposal proposal) {
        if (proposal.escalatorAnnualPercent() == null) {
            return null;
        }
        if (proposal.escalatorFirstAnniversary() == null || proposal.escalatorYears() == null) {
            // Written before events named the first anniversary: the escalator cannot be rebuilt as asked.
            throw new IllegalArgumentException("its escalator names no first anniversary (an event older than that field)");
        }
        Set<RateMethod> appliesTo = proposal.escalatorAppliesTo() == null ? null
                : proposal.escalatorAppliesTo().stream().map(RateMethod::valueOf).collect(Collectors.toSet());
        return new Escalator(proposal.escalatorAnnualPercent(), proposal.escalatorFirstAnniversary(),
                proposal.escalatorYears(), appliesTo);
    }

    private TermsCatalog.ContractEntry contract(UUID contractId) {
        TermsCatalog.ContractEntry contract = catalog.current().contract(contractId);
        if (contract == null) {
            throw ApiException.notFound("contract", contractId);
        }
        return contract;
    }

    private static BillingClass billingClass(TermsCatalog.RateVersion version) {
        return version.billingClass() == null ? BillingClass.PROFESSIONAL : version.billingClass();
    }

    /** Per code and site: one unit priced by {@code rates} on {@code pricedOn}, against the market and the volumes. */
    private Comparison compare(UUID contractId, Rates rates, LocalDate pricedOn, LocalDate asOf, List<String> payors,
                               List<String> extraCodes) {
        BillingClass billingClass = rates.billingClass();
        LocalDate after = asOf.minusMonths(12);

        // Volume and billed charges per code and site, trailing twelve months.
        Map<BenchmarkKey, long[]> units = new TreeMap<>(KEY_ORDER);
        Map<BenchmarkKey, BigDecimal> billed = new TreeMap<>(KEY_ORDER);
        for (BenchmarkRepository.Volume v : repository.contractVolumes(contractId, after, asOf)) {
            BenchmarkKey key = key(v.code(), billingClass, v.placeOfService());
            units.computeIfAbsent(key, k -> new long[1])[0] += v.units();
            billed.merge(key, v.billed(), BigDecimal::add);
        }
        for (String code : extraCodes) {
            for (Site site : billingClass == BillingClass.FACILITY ? List.of(Site.FACILITY) : List.of(Site.values())) {
                units.putIfAbsent(new BenchmarkKey(code, billingClass, site, ""), new long[1]);
            }
        }
        List<String> codes = units.keySet().stream().map(BenchmarkKey::code).distinct().toList();
        Map<BenchmarkKey, List<BigDecimal>> market = codes.isEmpty() ? Map.of()
                : BenchmarkCalculator.marketAmounts(repository.publishedRates(codes, payors), MedicareRates.NONE);

        List<CodeComparison> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<BenchmarkKey, long[]> entry : units.entrySet()) {
            BenchmarkKey key = entry.getKey();
            long volume = entry.getValue()[0];
            BigDecimal billedPerUnit = volume > 0 && billed.containsKey(key)
                    ? billed.get(key).divide(BigDecimal.valueOf(volume), 2, RoundingMode.HALF_UP) : NO_CLAIMS_BILLED;
            BigDecimal own = ownRate(rates, key, pricedOn, billedPerUnit);
            BigDecimal medicare = rates.reference().amount(key.code(), null, key.site() == Site.FACILITY)
                    .map(m -> m.setScale(2, RoundingMode.HALF_UP)).orElse(null);
            CodeComparison row = CodeComparison.of(key, volume, own, medicare, market.getOrDefault(key, List.of()));
            rows.add(row);
            total = total.add(row.opportunity());
        }
        return new Comparison(contractId, asOf, after, rows, total);
    }

    /** The contract's expected payment for one unit at a place of the key's site; null when it cannot be priced. */
    private BigDecimal ownRate(Rates rates, BenchmarkKey key, LocalDate pricedOn, BigDecimal billedPerUnit) {
        String placeOfService = key.site() == Site.FACILITY ? "22" : "11";
        try {
            PricedClaim priced = pricer.price(rates.compiled(), rates.reference(), new Claim(pricedOn, rates.billingClass(),
                    List.of(ClaimLine.of(key.code(), 1, placeOfService, billedPerUnit))));
            BigDecimal amount = priced.lines().get(0).expectedAmount();
            return amount.signum() == 0 ? null : amount;
        } catch (RuntimeException e) {
            // A code the terms cannot price (or not a procedure code at all) has no own rate.
            return null;
        }
    }

    private static BenchmarkKey key(String code, BillingClass billingClass, String placeOfService) {
        Site site = billingClass == BillingClass.FACILITY || placeOfService == null
                ? (billingClass == BillingClass.FACILITY ? Site.FACILITY : Site.NON_FACILITY)
                : Site.of(placeOfService);
        return new BenchmarkKey(code, billingClass, site, "");
    }

    private static final java.util.Comparator<BenchmarkKey> KEY_ORDER =
            java.util.Comparator.comparing(BenchmarkKey::code).thenComparing(BenchmarkKey::site);
}
