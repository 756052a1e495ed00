package com.payorcontracts.analytics.service;

import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.LesserOf;
import com.payorcontracts.pricing.PricedClaim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Analytics prices from the event as contract-service does, lesser-of percentages included. */
class TermsMapperTest {

    private static final LocalDate FROM = LocalDate.parse("2026-01-01");
    private static final LocalDate TO = LocalDate.parse("2028-12-31");

    @ParameterizedTest(name = "lesserOf={0} contract%={1} line%={2}: {3} charged pays {4}")
    @CsvSource(nullValues = "-", value = {
            // 62323 at 600.00; no lesser-of: the rate
            "false, -,  -,  500.00, 600.00, -",
            // an event written before lesserOfPercent existed: 100% of 500.00 = 500.00 < 600.00
            "true,  -,  -,  500.00, 500.00, CHARGES",
            // 80% of 700.00 = 560.00 < 600.00
            "true,  80, -,  700.00, 560.00, CHARGES",
            // 80% of 800.00 = 640.00 > 600.00
            "true,  80, -,  800.00, 600.00, RATE",
            // the line's 60% without contract lesser-of: 60% of 900.00 = 540.00 < 600.00
            "false, -,  60, 900.00, 540.00, CHARGES"})
    void pricesLesserOfFromTheEventsPercentages(boolean lesserOf, BigDecimal contractPercent, BigDecimal linePercent,
                                                String charge, String expected, LesserOf.Side winner) {
        ContractChanged.RateTerms rates = new ContractChanged.RateTerms(FROM, "BASE", null, null,
                List.of(new ContractChanged.FeeScheduleLine("62323", null, null, null, "FIXED", new BigDecimal("600.00"),
                        null, List.of(), false, linePercent)),
                new ContractChanged.DefaultRule("NOT_COVERED", null), null, null, null, lesserOf, null, contractPercent);

        PricedClaim priced = new ClaimPricer().price(TermsMapper.toPricing(rates, FROM, TO),
                InMemoryReferenceFeeSchedule.builder().build(),
                new Claim(LocalDate.parse("2026-05-01"), null, List.of(ClaimLine.of("62323", 1, null, new BigDecimal(charge)))));

        assertThat(priced.totalExpected()).isEqualByComparingTo(expected);
        assertThat(priced.line(0).lesserOf() == null ? null : priced.line(0).lesserOf().winner()).isEqualTo(winner);
    }
}
