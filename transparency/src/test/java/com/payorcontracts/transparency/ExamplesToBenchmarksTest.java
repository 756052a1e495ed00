package com.payorcontracts.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.transparency.benchmark.Benchmark;
import com.payorcontracts.transparency.benchmark.BenchmarkCalculator;
import com.payorcontracts.transparency.benchmark.BenchmarkKey;
import com.payorcontracts.transparency.benchmark.MarketRate;
import com.payorcontracts.transparency.benchmark.MarketRateExtractor;
import com.payorcontracts.transparency.benchmark.MedicareRates;
import com.payorcontracts.transparency.benchmark.Site;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CMS examples end to end: read, turned into market rates, benchmarked; counts worked by hand. */
class ExamplesToBenchmarksTest {

    @Test
    void allNegotiatedTypesGivesElevenDollarRatesAndLeavesOutTheTwoPercentages() {
        // Dollar ffs prices x TINs: 99214 150.00 at POS 11 (non-facility) x 2 TINs of ref 1;
        // 80053 45.00 at 11 and 81 (both non-facility) x 2; 27447 8500.00 professional at 21, 22 (facility) x 3
        // TINs of refs 1+2; 27447 12000.00 institutional x 3; 99285 2500.00 institutional x 1 (ref 2) = 11.
        // 97110 65.0 and 99285 75.5 are percentages: 2 left out.
        MarketRateExtractor extractor = new MarketRateExtractor("Comprehensive");
        List<MarketRate> rates = new ArrayList<>();
        TestFiles.read(TestFiles.bytes(TestFiles.ALL_TYPES), ReadOptions.everything()).rates()
                .forEach(r -> rates.addAll(extractor.extract(r)));
        assertThat(rates).hasSize(11);
        assertThat(extractor.notDollars()).isEqualTo(2);
        assertThat(rates).filteredOn(r -> r.key().code().equals("80053"))
                .allSatisfy(r -> assertThat(r.key().site()).isEqualTo(Site.NON_FACILITY));
    }

    @Test
    void feeForServiceGivesSevenKeysOfTwoTinsEach() {
        // 27447: 123.45 professional AS at 18, 19, 11 (19 is a facility, 11 and 18 are not: both sites);
        // 1230.45 institutional (facility); 120.45 professional at 05, 06, 07 (non-facility).
        // 27448: 12003.45 professional CSTM-00 (both sites); 12.45 institutional (facility).
        // 2 + 1 + 1 + 2 + 1 = 7 keys, each with TINs 11-1111111 and 22-2222222 at one amount.
        MarketRateExtractor extractor = new MarketRateExtractor("ACME");
        List<MarketRate> rates = new ArrayList<>();
        TestFiles.read(TestFiles.bytes(TestFiles.FEE_FOR_SERVICE), ReadOptions.everything()).rates()
                .forEach(r -> rates.addAll(extractor.extract(r)));
        List<Benchmark> benchmarks = BenchmarkCalculator.compute(rates, MedicareRates.NONE);

        List<Benchmark> across = benchmarks.stream().filter(b -> b.payor() == null).toList();
        assertThat(across).hasSize(7);
        assertThat(benchmarks).hasSize(14);
        assertThat(across).allSatisfy(b -> {
            assertThat(b.rates()).isEqualTo(2);
            assertThat(b.providers()).isEqualTo(2);
            assertThat(b.p10()).isEqualTo(b.p90());
        });
        Benchmark modifierAs = across.stream()
                .filter(b -> b.key().equals(new BenchmarkKey("27447", BillingClass.PROFESSIONAL, Site.FACILITY, "AS")))
                .findFirst().orElseThrow();
        assertThat(modifierAs.p50().toPlainString()).isEqualTo("123.45");
        Benchmark institutional = across.stream()
                .filter(b -> b.key().equals(new BenchmarkKey("27448", BillingClass.FACILITY, Site.FACILITY, "")))
                .findFirst().orElseThrow();
        assertThat(institutional.mean().toPlainString()).isEqualTo("12.45");
    }
}
