package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.BenchmarkRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.PricedClaim;
import com.payorcontracts.transparency.benchmark.BenchmarkCalculator;
import com.payorcontracts.transparency.benchmark.BenchmarkKey;
import com.payorcontracts.transparency.benchmark.CodeComparison;
import com.payorcontracts.transparency.benchmark.MedicareRates;
import com.payorcontracts.transparency.benchmark.Site;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A contract's rates against the market: per code and site, the contract's rate for one unit
 * (priced by the pricing engine under the terms in force on the date), Medicare (the contract's
 * reference schedule), the market's percentiles and the rate's percentile rank, and the opportunity
 * over the trailing twelve months' claim volume.
 */
@ApplicationScoped
public class ContractBenchmarks {

    /** Billed charge per unit assumed for a code the contract has no claims for: high enough that no lesser-of-charges rule applies. */
    static final BigDecimal NO_CLAIMS_BILLED = new BigDecimal("99999.99");

    private final TermsCatalog catalog;
    private final BenchmarkRepository repository;
    private final ClaimPricer pricer = new ClaimPricer();

    ContractBenchmarks(TermsCatalog catalog, BenchmarkRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
    }

    /** The comparison, codes in code then site order; the total is the sum of every code's opportunity. */
    public record Comparison(UUID contractId, LocalDate asOf, LocalDate volumeAfter, List<CodeComparison> codes,
                             BigDecimal totalOpportunity) {
    }

    public Comparison compare(UUID contractId, LocalDate asOf, List<String> payors, List<String> extraCodes) {
        TermsCatalog.ContractEntry contract = catalog.current().contract(contractId);
        if (contract == null) {
            throw ApiException.notFound("contract", contractId);
        }
        TermsCatalog.RateVersion version = contract.versionFor(asOf);
        if (version == null || version.compiled() == null) {
            throw ApiException.unprocessable("contract " + contractId + " has no rates that can be priced on " + asOf
                    + (version != null && version.invalid() != null ? ": " + version.invalid() : ""));
        }
        BillingClass billingClass = version.billingClass() == null ? BillingClass.PROFESSIONAL : version.billingClass();
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
            BigDecimal own = ownRate(version, billingClass, key, asOf, billedPerUnit);
            BigDecimal medicare = version.reference().amount(key.code(), null, key.site() == Site.FACILITY)
                    .map(m -> m.setScale(2, RoundingMode.HALF_UP)).orElse(null);
            CodeComparison row = CodeComparison.of(key, volume, own, medicare, market.getOrDefault(key, List.of()));
            rows.add(row);
            total = total.add(row.opportunity());
        }
        return new Comparison(contractId, asOf, after, rows, total);
    }

    /** The contract's expected payment for one unit at a place of the key's site; null when it cannot be priced. */
    private BigDecimal ownRate(TermsCatalog.RateVersion version, BillingClass billingClass, BenchmarkKey key,
                               LocalDate asOf, BigDecimal billedPerUnit) {
        String placeOfService = key.site() == Site.FACILITY ? "22" : "11";
        try {
            PricedClaim priced = pricer.price(version.compiled(), version.reference(),
                    new Claim(asOf, billingClass, List.of(ClaimLine.of(key.code(), 1, placeOfService, billedPerUnit))));
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
