package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.claim;
import static com.payorcontracts.pricing.Fixtures.claimOn;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "The lesser of the contracted rate and N% of billed charges", per contract and per row. */
class LesserOfPercentTest {

    private static final ContractTerms EIGHTY = terms(FeeScheduleLine.fixed("99213", money("100.00")))
            .withLesserOfPercent(percent("80"));

    static Stream<Arguments> lines() {
        ContractTerms rowSixty = terms(FeeScheduleLine.fixed("27447", money("1200.00")).withLesserOfPercent(percent("60")),
                FeeScheduleLine.fixed("99213", money("100.00")));
        ContractTerms caseRate = terms(FeeScheduleLine.caseRate("22630", money("18500.00"), Set.of("22840")))
                .withLesserOfPercent(percent("80"));
        return Stream.of(
                // 150.00 x 80% = 120.00 > 100.00: the rate pays
                Arguments.of("rate below the limit", EIGHTY, claim(line("99213", "150.00")), 0,
                        "100.00", PricingRule.FIXED, "80", "120.00", LesserOf.Side.RATE),
                // 120.00 x 80% = 96.00 < 100.00: charges pay
                Arguments.of("limit below the rate", EIGHTY, claim(line("99213", "120.00")), 0,
                        "96.00", PricingRule.LESSER_OF_CHARGE, "80", "96.00", LesserOf.Side.CHARGES),
                // 125.00 x 80% = 100.00 = rate: a tie goes to the rate
                Arguments.of("limit equal to the rate", EIGHTY, claim(line("99213", "125.00")), 0,
                        "100.00", PricingRule.FIXED, "80", "100.00", LesserOf.Side.RATE),
                // 123.31 x 80% = 98.648 -> 98.65 (HALF_UP once)
                Arguments.of("limit rounded once, half up", EIGHTY, claim(line("99213", "123.31")), 0,
                        "98.65", PricingRule.LESSER_OF_CHARGE, "80", "98.65", LesserOf.Side.CHARGES),
                // lesser-of without a percentage is 100% of charges, as before: 85.50 < 100.00
                Arguments.of("yes/no lesser-of is 100%", terms(FeeScheduleLine.fixed("99213", money("100.00")))
                        .withLesserOf(true), claim(line("99213", "85.50")), 0,
                        "85.50", PricingRule.LESSER_OF_CHARGE, "100", "85.50", LesserOf.Side.CHARGES),
                // row says 60%, contract says nothing: 1900.00 x 60% = 1140.00 < 1200.00
                Arguments.of("row's own percentage without contract lesser-of", rowSixty,
                        claim(line("27447", "1900.00")), 0,
                        "1140.00", PricingRule.LESSER_OF_CHARGE, "60", "1140.00", LesserOf.Side.CHARGES),
                // row's 60% beats the contract's 80%: 1900.00 x 60% = 1140.00 (80% would be 1520.00, rate 1200.00)
                Arguments.of("row's percentage over the contract's", rowSixty.withLesserOfPercent(percent("80")),
                        claim(line("27447", "1900.00")), 0,
                        "1140.00", PricingRule.LESSER_OF_CHARGE, "60", "1140.00", LesserOf.Side.CHARGES),
                // the other row follows the contract: 110.00 x 80% = 88.00 < 100.00
                Arguments.of("other rows follow the contract", rowSixty.withLesserOfPercent(percent("80")),
                        claim(line("99213", "110.00")), 0,
                        "88.00", PricingRule.LESSER_OF_CHARGE, "80", "88.00", LesserOf.Side.CHARGES),
                // default rule 90% of charges: 1000.00 x 90% = 900.00; 1000.00 x 80% = 800.00 pays
                Arguments.of("default rule", terms(DefaultRule.percentOfCharges(percent("90")))
                        .withLesserOfPercent(percent("80")), claim(line("64483", "1000.00")), 0,
                        "800.00", PricingRule.LESSER_OF_CHARGE, "80", "800.00", LesserOf.Side.CHARGES),
                // case rate against its bundle's charges: (15000.00 + 6000.00) x 80% = 16800.00 < 18500.00
                Arguments.of("case rate against its bundle", caseRate,
                        claim(line("22630", "15000.00"), line("22840", "6000.00")), 0,
                        "16800.00", PricingRule.LESSER_OF_CHARGE, "80", "16800.00", LesserOf.Side.CHARGES),
                // the bundled line pays 0.00; its own 6000.00 x 80% = 4800.00 is above that
                Arguments.of("bundled line stays at zero", caseRate,
                        claim(line("22630", "15000.00"), line("22840", "6000.00")), 1,
                        "0.00", PricingRule.CASE_RATE_BUNDLED, "80", "4800.00", LesserOf.Side.RATE),
                // escalated first: 100.00 x 1.03 = 103.00; 128.00 x 80% = 102.40 pays
                Arguments.of("after the escalator",
                        EIGHTY.withEscalator(new Escalator(percent("3"), LocalDate.of(2025, 1, 1), 3)),
                        claimOn(LocalDate.of(2025, 3, 1), line("99213", "128.00")), 0,
                        "102.40", PricingRule.LESSER_OF_CHARGE, "80", "102.40", LesserOf.Side.CHARGES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void paysTheLesserOfTheRateAndThePercentageOfChargesAndSaysWhichWon(String name, ContractTerms terms, Claim claim,
            int index, String expected, PricingRule rule, String lesserOfPercent, String chargeLimit,
            LesserOf.Side winner) {
        PricedLine priced = price(terms, claim).line(index);

        assertEquals(money(expected), priced.expectedAmount());
        assertEquals(rule, priced.rule());
        assertEquals(0, percent(lesserOfPercent).compareTo(priced.lesserOf().percent()), "percent");
        assertEquals(money(chargeLimit), priced.lesserOf().chargeLimit());
        assertEquals(winner, priced.lesserOf().winner());
    }

    @Test
    void saysNothingAboutLesserOfWhenNoneApplies() {
        PricedLine priced = price(terms(FeeScheduleLine.fixed("99213", money("100.00"))), claim(line("99213", "50.00")))
                .line(0);

        assertEquals(money("100.00"), priced.expectedAmount());
        assertNull(priced.lesserOf());
    }

    @Test
    void refusesAPercentageOfZeroOrAboveOneThousandOrWithoutLesserOf() {
        FeeScheduleLine row = FeeScheduleLine.fixed("99213", money("100.00"));
        assertThrows(IllegalArgumentException.class, () -> row.withLesserOfPercent(percent("0")));
        assertThrows(IllegalArgumentException.class, () -> row.withLesserOfPercent(percent("1000.01")));
        assertThrows(IllegalArgumentException.class, () -> terms(row).withLesserOfPercent(percent("-5")));
        IllegalArgumentException withoutLesserOf = assertThrows(IllegalArgumentException.class,
                () -> new ContractTerms(java.util.List.of(row), DefaultRule.notCovered(), null, null, null, false, null,
                        Fixtures.PERIOD, percent("80")));
        assertEquals("ContractTerms.lesserOfPercent is only for terms with lesser-of: 80", withoutLesserOf.getMessage());
    }
}
