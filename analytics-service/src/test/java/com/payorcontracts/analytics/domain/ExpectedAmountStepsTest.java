package com.payorcontracts.analytics.domain;

import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.LesserOf;
import com.payorcontracts.pricing.PricedLine;
import com.payorcontracts.pricing.PricingRule;
import com.payorcontracts.pricing.RateMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpectedAmountStepsTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static final BigDecimal HUNDRED = d("100");

    static Stream<Arguments> pricedLines() {
        return Stream.of(
                Arguments.of("a fixed rate, one unit",
                        new PricedLine(0, "64483", d("698.00"), PricingRule.FIXED, FeeScheduleLine.fixed("64483", d("698.00")),
                                BigDecimal.ONE, HUNDRED, 0, HUNDRED),
                        1, d("2400.00"), null, List.of(
                                "rate line 64483: FIXED 698.00 × 1 unit = 698.00",
                                "expected (FIXED), HALF_UP to the cent = 698.00")),
                // 100.00 x 2 = 200.00; x 1.0609 = 212.18; x 150% = 318.27; x 50% = 159.135 -> 159.14
                Arguments.of("escalated, bilateral, second procedure",
                        new PricedLine(1, "64484", d("159.14"), PricingRule.FIXED, FeeScheduleLine.fixed("64484", d("100.00")),
                                d("1.060900"), d("150"), 2, d("50")),
                        2, d("900.00"), null, List.of(
                                "rate line 64484: FIXED 100.00 × 2 units = 200.00",
                                "× escalator factor 1.0609 = 212.18",
                                "× pricing modifier 150% = 318.27",
                                "× multiple-procedure reduction, rank 2 at 50% = 159.14",
                                "expected (FIXED), HALF_UP to the cent = 159.14")),
                // 60% of 1500.00 = 900.00; 50% of 1500.00 = 750.00 is less: the charges pay
                Arguments.of("percent of charges capped by lesser-of",
                        new PricedLine(0, "29881", d("750.00"), PricingRule.LESSER_OF_CHARGE,
                                FeeScheduleLine.percentOf("29881", RateMethod.PERCENT_OF_CHARGES, d("60")),
                                BigDecimal.ONE, HUNDRED, 0, HUNDRED, new LesserOf(d("50"), d("750.00"), LesserOf.Side.CHARGES)),
                        1, d("1500.00"), null, List.of(
                                "rate line 29881: 60% of billed 1500.00 = 900.00",
                                "lesser of that and 50% of billed charges (750.00): the charges paid = 750.00",
                                "expected (LESSER_OF_CHARGE), HALF_UP to the cent = 750.00")),
                // the rate (612.40) is below 80% of 1000.00 = 800.00: the rate pays
                Arguments.of("lesser-of won by the rate",
                        new PricedLine(0, "62323", d("612.40"), PricingRule.FIXED, FeeScheduleLine.fixed("62323", d("612.40")),
                                BigDecimal.ONE, HUNDRED, 0, HUNDRED, new LesserOf(d("80"), d("800.00"), LesserOf.Side.RATE)),
                        1, d("1000.00"), null, List.of(
                                "rate line 62323: FIXED 612.40 × 1 unit = 612.40",
                                "lesser of that and 80% of billed charges (800.00): the rate paid = 612.40",
                                "expected (FIXED), HALF_UP to the cent = 612.40")),
                // implant at invoice 2000.00 + 10%: 2200.00
                Arguments.of("carve-out at cost plus",
                        new PricedLine(0, "C1713", d("2200.00"), PricingRule.CARVE_OUT_COST_PLUS,
                                FeeScheduleLine.percentOf("C1713", RateMethod.CARVE_OUT_COST_PLUS, d("110")),
                                BigDecimal.ONE, HUNDRED, 0, HUNDRED),
                        1, d("3000.00"), d("2000.00"), List.of(
                                "rate line C1713: 110% of invoice cost 2000.00 = 2200.00",
                                "expected (CARVE_OUT_COST_PLUS), HALF_UP to the cent = 2200.00")),
                // a percentage of Medicare: the fee is the reference schedule's, so the basis is named, not shown
                Arguments.of("percent of Medicare",
                        new PricedLine(0, "99213", d("138.75"), PricingRule.PERCENT_OF_MEDICARE,
                                FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_MEDICARE, d("150")),
                                BigDecimal.ONE, HUNDRED, 0, HUNDRED),
                        1, d("250.00"), null, List.of(
                                "rate line 99213: 150% of the Medicare fee × 1 unit",
                                "expected (PERCENT_OF_MEDICARE), HALF_UP to the cent = 138.75")),
                Arguments.of("the contract's default rule",
                        new PricedLine(0, "99999", d("375.00"), PricingRule.DEFAULT_PERCENT_OF_CHARGES, null,
                                BigDecimal.ONE, HUNDRED, 0, HUNDRED),
                        1, d("750.00"), null, List.of(
                                "rule DEFAULT_PERCENT_OF_CHARGES",
                                "expected (DEFAULT_PERCENT_OF_CHARGES), HALF_UP to the cent = 375.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pricedLines")
    void writesTheEnginesFiguresAsStepsEndingInItsExpectedAmount(String name, PricedLine line, int units,
                                                                  BigDecimal billed, BigDecimal invoiceCost,
                                                                  List<String> steps) {
        List<String> written = ExpectedAmountSteps.of(line, units, billed, invoiceCost).stream()
                .map(s -> s.description() + (s.amount() == null ? "" : " = " + s.amount().toPlainString()))
                .collect(Collectors.toList());

        assertEquals(steps, written);
    }
}
