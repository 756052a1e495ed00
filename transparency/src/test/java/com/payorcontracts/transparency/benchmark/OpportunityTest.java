package com.payorcontracts.transparency.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Opportunity = volume x (p50 - own rate) when below the median, worked by hand. */
class OpportunityTest {

    @ParameterizedTest(name = "{0} x ({2} - {1}) = {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "120 | 80.00  | 95.50  | 1860.00",  // 120 * 15.50
        "120 | 100.00 | 95.50  | 0.00",     // above the median: nothing to gain
        "120 | 95.50  | 95.50  | 0.00",     // at the median
        "0   | 80.00  | 95.50  | 0.00",     // no volume
        "3   | 10.00  | 10.005 | 0.02",     // 3 * 0.005 = 0.015 -> 0.02 HALF_UP
        "50  | 80.00  | none   | 0.00",     // no market
    })
    void opportunityIsVolumeTimesTheGapToTheMedian(long volume, String own, String p50, String expected) {
        assertThat(Opportunity.of(volume, new BigDecimal(own), p50 == null ? null : new BigDecimal(p50)))
                .isEqualTo(new BigDecimal(expected));
    }
}
