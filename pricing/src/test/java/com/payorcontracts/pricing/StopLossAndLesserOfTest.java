package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.claim;
import static com.payorcontracts.pricing.Fixtures.claimOn;
import static com.payorcontracts.pricing.Fixtures.eligible;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.standardReduction;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StopLossAndLesserOfTest {

    /** 99213 100.00, 27447 1200.00; lesser-of; stop-loss at 60% of charges above 100000.00. */
    private static final ContractTerms STOP_LOSS_TERMS = terms(
            FeeScheduleLine.fixed("99213", money("100.00")),
            FeeScheduleLine.fixed("27447", money("1200.00")))
            .withLesserOf(true)
            .withStopLoss(new StopLoss(money("100000.00"), percent("60")));

    static Stream<Arguments> stopLossClaims() {
        return Stream.of(
                // 1000.00 + 99000.01 = 100000.01 > threshold: 1000 x 60% = 600.00;
                // 99000.01 x 60% = 59400.006 -> 59400.01; total 60000.01
                Arguments.of("charges over the threshold", claim(line("99213", "1000.00"),
                        line("27447", 1, "21", "99000.01")),
                        List.of("600.00", "59400.01"), PricingRule.STOP_LOSS, "60000.01", true),
                // exactly 100000.00 is not over: fee schedule, 100.00 + 1200.00
                Arguments.of("charges exactly at the threshold", claim(line("99213", "1000.00"),
                        line("27447", 1, "21", "99000.00")),
                        List.of("100.00", "1200.00"), PricingRule.FIXED, "1300.00", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stopLossClaims")
    void paysTheWholeClaimAtStopLossOnlyAboveTheThreshold(String name, Claim claim, List<String> expected,
            PricingRule rule, String total, boolean applied) {
        PricedClaim priced = price(STOP_LOSS_TERMS, claim);

        for (int i = 0; i < expected.size(); i++) {
            assertEquals(money(expected.get(i)), priced.line(i).expectedAmount(), "line " + i);
            assertEquals(rule, priced.line(i).rule(), "rule of line " + i);
        }
        assertEquals(money(total), priced.totalExpected());
        assertEquals(applied, priced.stopLossApplied());
    }

    static Stream<Arguments> lesserOfLines() {
        ContractTerms fixed = terms(FeeScheduleLine.fixed("99213", money("100.00"))).withLesserOf(true);
        ContractTerms reduced = terms(eligible(FeeScheduleLine.fixed("29881", money("500.00"))),
                eligible(FeeScheduleLine.fixed("20610", money("100.00"))))
                .withMultipleProcedureReduction(standardReduction())
                .withLesserOf(true);
        LocalDate yearTwo = LocalDate.of(2025, 3, 1);
        return Stream.of(
                // 100.00 computed, 85.50 charged
                Arguments.of("charge lower than the rate", fixed, claim(line("99213", "85.50")), 0, "85.50",
                        PricingRule.LESSER_OF_CHARGE),
                Arguments.of("charge higher than the rate", fixed, claim(line("99213", "150.00")), 0, "100.00",
                        PricingRule.FIXED),
                Arguments.of("charge equal to the rate", fixed, claim(line("99213", "100.00")), 0, "100.00",
                        PricingRule.FIXED),
                Arguments.of("lesser-of off", fixed.withLesserOf(false), claim(line("99213", "85.50")), 0, "100.00",
                        PricingRule.FIXED),
                // after reduction: 100.00 rank 2 x 50% = 50.00, charge 40.00 -> 40.00
                Arguments.of("after multiple-procedure reduction", reduced,
                        claim(line("29881", "900.00"), line("20610", "40.00")), 1, "40.00",
                        PricingRule.LESSER_OF_CHARGE),
                // ranking uses the amount before lesser-of: 20610 at 100 < 29881 at 500 even
                // though 29881 was charged 45.00: 29881 rank 1 -> min(500, 45) = 45.00
                Arguments.of("ranking ignores lesser-of", reduced,
                        claim(line("29881", "45.00"), line("20610", "900.00")), 1, "50.00", PricingRule.FIXED),
                // after the escalator: 100.00 x 1.03 = 103.00 > 102.99 charged
                Arguments.of("after the escalator",
                        fixed.withEscalator(new Escalator(percent("3"), LocalDate.of(2025, 1, 1), 3)),
                        claimOn(yearTwo, line("99213", "102.99")), 0, "102.99", PricingRule.LESSER_OF_CHARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lesserOfLines")
    void paysTheLowerOfTheComputedAmountAndTheCharge(String name, ContractTerms terms, Claim claim, int index,
            String expected, PricingRule rule) {
        PricedLine priced = price(terms, claim).line(index);

        assertEquals(money(expected), priced.expectedAmount());
        assertEquals(rule, priced.rule());
    }
}
