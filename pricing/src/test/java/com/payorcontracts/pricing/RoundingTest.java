package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.claim;
import static com.payorcontracts.pricing.Fixtures.claimOn;
import static com.payorcontracts.pricing.Fixtures.eligible;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.modified;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.standardReduction;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundingTest {

    static Stream<Arguments> halfCents() {
        ContractTerms halfOfCharges = terms(
                FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_CHARGES, percent("50")));
        return Stream.of(
                // 66.67 x 50% = 33.335 -> up to 33.34
                Arguments.of("half a cent rounds up", halfOfCharges, claim(line("99213", "66.67")), 0, "33.34"),
                // 66.6698 x 50% = 33.3349 -> 33.33
                Arguments.of("under half a cent rounds down", halfOfCharges, claim(line("99213", "66.6698")), 0,
                        "33.33"),
                // 20.01 x 50% = 10.005 -> 10.01
                Arguments.of("half a cent of a Medicare percentage rounds up",
                        terms(FeeScheduleLine.percentOf("36415", RateMethod.PERCENT_OF_MEDICARE, percent("50"))),
                        claim(line("36415", "30.00")), 0, "10.01"),
                // 11.115 x 3 = 33.345 -> 33.35 (rounding per unit would pay 11.12 x 3 = 33.36)
                Arguments.of("units multiply before rounding",
                        terms(FeeScheduleLine.fixed("99213", money("11.115"))),
                        claim(line("99213", 3, "11", "100.00")), 0, "33.35"),
                // 10.50 x 1.03 = 10.815 -> 10.82
                Arguments.of("escalated half cent rounds up",
                        terms(FeeScheduleLine.fixed("99213", money("10.50")))
                                .withEscalator(new Escalator(percent("3"), LocalDate.of(2025, 1, 1), 3)),
                        claimOn(LocalDate.of(2025, 6, 1), line("99213", "100.00")), 0, "10.82"),
                // 22.23 x 150% = 33.345, rank 2 x 50% = 16.6725 -> 16.67
                // (rounding each step would pay 33.35 -> 16.675 -> 16.68)
                Arguments.of("bilateral and reduction round once at the end",
                        terms(eligible(FeeScheduleLine.fixed("29881", money("500.00"))),
                                eligible(FeeScheduleLine.fixed("20610", money("22.23"))))
                                .withMultipleProcedureReduction(standardReduction())
                                .withModifierRules(ModifierRules.standard()),
                        claim(line("29881", "900.00"), modified("20610", "100.00", "50")), 1, "16.67"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("halfCents")
    void roundsEachLineHalfUpOnceAtTheEnd(String name, ContractTerms terms, Claim claim, int index, String expected) {
        PricedLine priced = price(terms, claim).line(index);

        assertEquals(money(expected), priced.expectedAmount());
    }

    @Test
    void totalsTheRoundedLinesSoTheyAddUp() {
        ContractTerms terms = terms(FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_CHARGES, percent("50")));

        // each 66.67 x 50% = 33.335 -> 33.34; total 66.68, not round(66.67) of the unrounded sum
        PricedClaim priced = price(terms, claim(line("99213", "66.67"), line("99213", "66.67")));

        assertEquals(money("66.68"), priced.totalExpected());
    }
}
