package com.payorcontracts.transparency.benchmark;

import java.math.BigDecimal;
import java.util.List;

/**
 * One code of a contract against the market: its own rate, Medicare, the market's percentiles, the
 * own rate's percentile rank and the opportunity (volume x (p50 - own rate) when below p50).
 *
 * @param ownRate the contract's rate in dollars for one unit; null when the contract does not price the code
 * @param medicare the Medicare amount; null when the schedule has none
 * @param marketRates number of market rates (one per payor and TIN, plausible ones)
 * @param rank 0-100, see {@link Percentiles#rank}; null without an own rate or a market
 * @param opportunity 0.00 when at or above p50, without an own rate or without a market
 */
public record CodeComparison(BenchmarkKey key, long volume, BigDecimal ownRate, BigDecimal medicare, BigDecimal p10,
                             BigDecimal p25, BigDecimal p50, BigDecimal p75, BigDecimal p90, int marketRates,
                             BigDecimal rank, BigDecimal opportunity) {

    /** Compares {@code ownRate} with the ascending {@code market} amounts of the same key. */
    public static CodeComparison of(BenchmarkKey key, long volume, BigDecimal ownRate, BigDecimal medicare,
                                    List<BigDecimal> market) {
        BigDecimal p50 = Percentiles.of(market, 50);
        return new CodeComparison(key, volume, ownRate, medicare, Percentiles.of(market, 10), Percentiles.of(market, 25),
                p50, Percentiles.of(market, 75), Percentiles.of(market, 90), market.size(),
                ownRate == null ? null : Percentiles.rank(market, ownRate),
                ownRate == null ? BigDecimal.ZERO.setScale(2) : Opportunity.of(volume, ownRate, p50));
    }
}
