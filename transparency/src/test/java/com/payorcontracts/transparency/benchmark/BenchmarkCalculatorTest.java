package com.payorcontracts.transparency.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.payorcontracts.pricing.BillingClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rate per TIN, the 0.5x-30x Medicare window, and per-payor / across-payor benchmarks, by hand. */
class BenchmarkCalculatorTest {

    private static final BenchmarkKey OFFICE = new BenchmarkKey("99213", BillingClass.PROFESSIONAL, Site.NON_FACILITY, "");
    private static final BenchmarkKey OFFICE_FACILITY = new BenchmarkKey("99213", BillingClass.FACILITY, Site.FACILITY, "");
    private static final BigDecimal MEDICARE = new BigDecimal("100.00");

    @ParameterizedTest(name = "{0} against Medicare {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "49.99   | 100.00 | false",  // below 0.5 x 100 = 50
        "50.00   | 100.00 | true",   // the bound itself is kept
        "3000.00 | 100.00 | true",   // 30 x 100
        "3000.01 | 100.00 | false",
        "1.00    | none   | true",   // no Medicare amount: nothing to check against
    })
    void plausibleMeansHalfToThirtyTimesMedicare(String amount, String medicare, boolean plausible) {
        assertThat(BenchmarkCalculator.plausible(new BigDecimal(amount), medicare == null ? null : new BigDecimal(medicare)))
                .isEqualTo(plausible);
    }

    @Test
    void aTinListedTwiceCountsOnceAtItsLowerMedian() {
        // TIN 1 at 90 and 110 -> lower middle 90; TIN 4 at 130, 150, 140 -> median 140.
        List<MarketRate> kept = BenchmarkCalculator.onePerTin(List.of(
                rate("A", "1", "90"), rate("A", "1", "110"),
                rate("B", "4", "130"), rate("B", "4", "150"), rate("B", "4", "140")));
        assertThat(kept).extracting(MarketRate::tin, r -> r.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "90"), org.assertj.core.groups.Tuple.tuple("4", "140"));
    }

    @Test
    void benchmarksPerPayorAndAcrossPayors() {
        List<MarketRate> rates = new ArrayList<>(List.of(
                // Payor A: TIN 1 at 90 and 110 (-> 90), TIN 2 at 120, TIN 3 at 40 (below 0.5 x 100: implausible).
                rate("A", "1", "90"), rate("A", "1", "110"), rate("A", "2", "120"), rate("A", "3", "40"),
                // Payor B: TIN 1 at 100, TIN 4 at 130/150/140 (-> 140), TIN 5 at 3500 (above 30 x 100: implausible).
                rate("B", "1", "100"), rate("B", "4", "130"), rate("B", "4", "150"), rate("B", "4", "140"),
                rate("B", "5", "3500"),
                // No Medicare amount for the facility key: 10.00 is kept.
                new MarketRate("A", "1", OFFICE_FACILITY, new BigDecimal("10.00"))));

        List<Benchmark> benchmarks = BenchmarkCalculator.compute(rates, key -> key.equals(OFFICE) ? MEDICARE : null);

        assertThat(benchmarks).extracting(Benchmark::key, Benchmark::payor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OFFICE, null), org.assertj.core.groups.Tuple.tuple(OFFICE, "A"),
                org.assertj.core.groups.Tuple.tuple(OFFICE, "B"), org.assertj.core.groups.Tuple.tuple(OFFICE_FACILITY, null),
                org.assertj.core.groups.Tuple.tuple(OFFICE_FACILITY, "A"));
        // Across payors: [90, 100, 120, 140], n = 4, h = 3p: p10 90 + 0.3*10 = 93; p25 90 + 0.75*10 = 97.5;
        // p50 100 + 0.5*20 = 110; p75 120 + 0.25*20 = 125; p90 120 + 0.7*20 = 134; mean 450/4 = 112.5;
        // TINs {1, 2, 4} = 3 (TIN 1 is one provider with two payors); implausible 40 and 3500 = 2.
        assertBenchmark(benchmarks.get(0), "93.00 97.50 110.00 125.00 134.00 112.50", 4, 3, 2);
        // A: [90, 120], h = p: 90 + p*30 -> 93, 97.5, 105, 112.5, 117; mean 105; 1 implausible.
        assertBenchmark(benchmarks.get(1), "93.00 97.50 105.00 112.50 117.00 105.00", 2, 2, 1);
        // B: [100, 140]: 100 + p*40 -> 104, 110, 120, 130, 136; mean 120; 1 implausible.
        assertBenchmark(benchmarks.get(2), "104.00 110.00 120.00 130.00 136.00 120.00", 2, 2, 1);
        assertThat(benchmarks.get(0).medicare()).isEqualTo(MEDICARE);
        assertBenchmark(benchmarks.get(3), "10.00 10.00 10.00 10.00 10.00 10.00", 1, 1, 0);
        assertThat(benchmarks.get(3).medicare()).isNull();
    }

    @Test
    void aKeyWhoseEveryRateIsImplausibleHasCountsButNoPercentiles() {
        List<Benchmark> benchmarks = BenchmarkCalculator.compute(List.of(rate("A", "1", "1.00")), key -> MEDICARE);
        assertThat(benchmarks.get(0).p50()).isNull();
        assertThat(benchmarks.get(0).rates()).isZero();
        assertThat(benchmarks.get(0).implausible()).isEqualTo(1);
    }

    private static MarketRate rate(String payor, String tin, String amount) {
        return new MarketRate(payor, tin, OFFICE, new BigDecimal(amount));
    }

    private static void assertBenchmark(Benchmark b, String stats, int rates, int providers, int implausible) {
        assertThat(List.of(b.p10(), b.p25(), b.p50(), b.p75(), b.p90(), b.mean()))
                .extracting(BigDecimal::toPlainString).containsExactly(stats.split(" "));
        assertThat(b.rates()).isEqualTo(rates);
        assertThat(b.providers()).isEqualTo(providers);
        assertThat(b.implausible()).isEqualTo(implausible);
    }
}
