package com.payorcontracts.transparency.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.payorcontracts.pricing.BillingClass;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract's code against the market, worked by hand. */
class CodeComparisonTest {

    private static final BenchmarkKey KEY = new BenchmarkKey("99213", BillingClass.PROFESSIONAL, Site.NON_FACILITY, "");
    private static final List<BigDecimal> MARKET = List.of(new BigDecimal("80"), new BigDecimal("90"),
            new BigDecimal("100"), new BigDecimal("110"), new BigDecimal("120"));

    @Test
    void aRateBelowTheMedianShowsItsRankAndWhatItLeavesOnTheTable() {
        // Market [80, 90, 100, 110, 120], n = 5, h = 4p: p10 84, p25 90, p50 100, p75 110, p90 116.
        // Own 85.00: 1 below -> rank 100 * 1 / 5 = 20.0; opportunity 300 x (100 - 85) = 4500.00.
        CodeComparison c = CodeComparison.of(KEY, 300, new BigDecimal("85.00"), new BigDecimal("75.00"), MARKET);
        assertThat(List.of(c.p10(), c.p25(), c.p50(), c.p75(), c.p90())).extracting(BigDecimal::toPlainString)
                .containsExactly("84.00", "90.00", "100.00", "110.00", "116.00");
        assertThat(c.rank()).isEqualTo(new BigDecimal("20.0"));
        assertThat(c.opportunity()).isEqualTo(new BigDecimal("4500.00"));
        assertThat(c.marketRates()).isEqualTo(5);
    }

    @Test
    void aRateAtTheMedianHasNoOpportunityAndRanksFifty() {
        // Own 100: 2 below, 1 equal -> 100 * 2.5 / 5 = 50.0.
        CodeComparison c = CodeComparison.of(KEY, 300, new BigDecimal("100.00"), null, MARKET);
        assertThat(c.rank()).isEqualTo(new BigDecimal("50.0"));
        assertThat(c.opportunity()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void withoutAnOwnRateOrAMarketThereIsNothingToRank() {
        assertThat(CodeComparison.of(KEY, 10, null, null, MARKET).rank()).isNull();
        CodeComparison noMarket = CodeComparison.of(KEY, 10, new BigDecimal("50.00"), null, List.of());
        assertThat(noMarket.p50()).isNull();
        assertThat(noMarket.rank()).isNull();
        assertThat(noMarket.opportunity()).isEqualTo(new BigDecimal("0.00"));
    }
}
