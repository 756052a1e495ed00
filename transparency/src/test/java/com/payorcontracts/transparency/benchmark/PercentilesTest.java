package com.payorcontracts.transparency.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type 7 percentiles, the mean and the percentile rank, each case worked by hand. */
class PercentilesTest {

    @ParameterizedTest(name = "{0}: p10 {1}, p25 {2}, p50 {3}, p75 {4}, p90 {5}, mean {6}")
    @CsvSource(delimiter = '|', value = {
        // n = 5, h = 4p: p10 h=0.4 -> 100 + 0.4*100 = 140; p25 h=1 -> 200; p50 h=2 -> 300; p75 h=3 -> 400;
        // p90 h=3.6 -> 400 + 0.6*100 = 460; mean 1500/5 = 300
        "100 200 300 400 500 | 140.00 | 200.00 | 300.00 | 400.00 | 460.00 | 300.00",
        // n = 2, h = p: 10 + p*10 -> 11, 12.5, 15, 17.5, 19; mean 15
        "10.00 20.00         | 11.00  | 12.50  | 15.00  | 17.50  | 19.00  | 15.00",
        // n = 4, h = 3p: p10 h=0.3 -> 50 + 3 = 53; p25 h=0.75 -> 57.5; p50 h=1.5 -> 60 + 15 = 75;
        // p75 h=2.25 -> 90 + 2.5 = 92.5; p90 h=2.7 -> 90 + 7 = 97; mean 300/4 = 75
        "50 60 90 100        | 53.00  | 57.50  | 75.00  | 92.50  | 97.00  | 75.00",
        // one rate: every percentile is that rate
        "88.10               | 88.10  | 88.10  | 88.10  | 88.10  | 88.10  | 88.10",
        // cents HALF_UP once, at the end: 0.011 -> 0.01, 0.0125 -> 0.01, 0.015 -> 0.02, 0.0175 -> 0.02,
        // 0.019 -> 0.02; mean 0.03/2 = 0.015 -> 0.02
        "0.01 0.02           | 0.01   | 0.01   | 0.02   | 0.02   | 0.02   | 0.02",
        // mean 3.01/3 = 1.00333 -> 1.00; n = 3, h = 2p: p90 h=1.8 -> 1.00 + 0.8*0.01 = 1.008 -> 1.01
        "1.00 1.00 1.01      | 1.00   | 1.00   | 1.00   | 1.01   | 1.01   | 1.00",
    })
    void percentilesInterpolateLinearlyBetweenClosestRanks(String amounts, String p10, String p25, String p50,
            String p75, String p90, String mean) {
        List<BigDecimal> sorted = amounts(amounts);
        assertThat(Percentiles.of(sorted, 10)).isEqualTo(new BigDecimal(p10));
        assertThat(Percentiles.of(sorted, 25)).isEqualTo(new BigDecimal(p25));
        assertThat(Percentiles.of(sorted, 50)).isEqualTo(new BigDecimal(p50));
        assertThat(Percentiles.of(sorted, 75)).isEqualTo(new BigDecimal(p75));
        assertThat(Percentiles.of(sorted, 90)).isEqualTo(new BigDecimal(p90));
        assertThat(Percentiles.mean(sorted)).isEqualTo(new BigDecimal(mean));
    }

    @ParameterizedTest(name = "{1} among {0} ranks {2}")
    @CsvSource(delimiter = '|', value = {
        // 100 * (below + equal/2) / n
        "100 200 300 400 | 250 | 50.0",   // 2 below: 100*2/4
        "100 200 300 400 | 200 | 37.5",   // 1 below, 1 equal: 100*1.5/4
        "100 200 300 400 | 50  | 0.0",
        "100 200 300 400 | 500 | 100.0",
        "300 300 300     | 300 | 50.0",   // 3 equal: 100*1.5/3
        "100 200 300     | 150 | 33.3",   // 100*1/3 = 33.33 -> 33.3
    })
    void rankCountsRatesBelowAndHalfOfThoseEqual(String amounts, String value, String rank) {
        assertThat(Percentiles.rank(amounts(amounts), new BigDecimal(value))).isEqualTo(new BigDecimal(rank));
    }

    @org.junit.jupiter.api.Test
    void noRatesMeansNoPercentileNoMeanAndNoRank() {
        assertThat(Percentiles.of(List.of(), 50)).isNull();
        assertThat(Percentiles.mean(List.of())).isNull();
        assertThat(Percentiles.rank(List.of(), BigDecimal.ONE)).isNull();
    }

    private static List<BigDecimal> amounts(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(BigDecimal::new).sorted().toList();
    }
}
