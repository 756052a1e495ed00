package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.claim;
import static com.payorcontracts.pricing.Fixtures.eligible;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.modified;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.standardReduction;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MultipleProcedureReductionTest {

    /**
     * Eligible surgeries 27447 1200.00, 29881 500.00, 64483 300.00, 20610 100.00, 20611 100.00;
     * 99213 80.00 eligible but exempt; 36415 10.00 not eligible. 100/50/50/50/50, standard
     * modifier rules (50 at 150%, 62 at 62.5%, 80 and AS at 16%).
     */
    private static final ContractTerms TERMS = terms(
            eligible(FeeScheduleLine.fixed("27447", money("1200.00"))),
            eligible(FeeScheduleLine.fixed("29881", money("500.00"))),
            eligible(FeeScheduleLine.fixed("64483", money("300.00"))),
            eligible(FeeScheduleLine.fixed("20610", money("100.00"))),
            eligible(FeeScheduleLine.fixed("20611", money("100.00"))),
            eligible(FeeScheduleLine.fixed("99213", money("80.00"))),
            FeeScheduleLine.fixed("36415", money("10.00")))
            .withMultipleProcedureReduction(standardReduction("99213"))
            .withModifierRules(ModifierRules.standard());

    static Stream<Arguments> claims() {
        return Stream.of(
                // 29881 500 rank 1 at 100%; 64483-50 300 x 150% = 450 rank 2 at 50% = 225;
                // 20610 100 rank 3 at 50% = 50
                Arguments.of("bilateral line counts once, at its 150% amount", TERMS,
                        claim(line("29881", "900.00"), modified("64483", "700.00", "50"), line("20610", "200.00")),
                        List.of("500.00", "225.00", "50.00"), List.of(1, 2, 3)),
                // 64483-50 at 450 outranks 20610 at 100 though billed second
                Arguments.of("bilateral amount decides its rank", TERMS,
                        claim(line("20610", "200.00"), modified("64483", "700.00", "50")),
                        List.of("50.00", "450.00"), List.of(2, 1)),
                // 20611 and 20610 both 100: the earlier line ranks first
                Arguments.of("ties go to the earlier line", TERMS,
                        claim(line("20611", "200.00"), line("20610", "200.00")),
                        List.of("100.00", "50.00"), List.of(1, 2)),
                // exempt 99213 and ineligible 36415 keep 100% and no rank; 29881 1, 20610 2 at 50%
                Arguments.of("exempt and ineligible lines are not ranked", TERMS,
                        claim(line("99213", "150.00"), line("20610", "200.00"), line("36415", "30.00"),
                                line("29881", "900.00")),
                        List.of("80.00", "50.00", "10.00", "500.00"), List.of(0, 2, 0, 1)),
                // 100/50/25: 1200, 500 x 50% = 250, 300 x 25% = 75, 100 x 25% (last entry) = 25
                Arguments.of("ranks past the list use its last percentage",
                        TERMS.withMultipleProcedureReduction(new MultipleProcedureReduction(
                                List.of(percent("100"), percent("50"), percent("25")), Set.of())),
                        claim(line("20610", "200.00"), line("64483", "700.00"), line("29881", "900.00"),
                                line("27447", "2000.00")),
                        List.of("25.00", "75.00", "250.00", "1200.00"), List.of(4, 3, 2, 1)),
                // no reduction in the contract: everything at 100%
                Arguments.of("no reduction without the rule", TERMS.withMultipleProcedureReduction(null),
                        claim(line("29881", "900.00"), line("20610", "200.00")),
                        List.of("500.00", "100.00"), List.of(0, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void ranksEligibleProceduresByAmountAndReducesAllButTheFirst(String name, ContractTerms terms, Claim claim,
            List<String> expected, List<Integer> ranks) {
        PricedClaim priced = price(terms, claim);

        for (int i = 0; i < expected.size(); i++) {
            assertEquals(money(expected.get(i)), priced.line(i).expectedAmount(), "line " + i);
            assertEquals(ranks.get(i), priced.line(i).reductionRank(), "rank of line " + i);
        }
    }

    @Test
    void paysBilateralLineAtOneHundredFiftyPercentAndRanksItOnce() {
        PricedClaim priced = price(TERMS, claim(line("29881", "900.00"), modified("64483", "700.00", "50")));

        PricedLine bilateral = priced.line(1);
        // 300.00 x 150% = 450.00, rank 2 at 50% = 225.00; 500.00 + 225.00 = 725.00
        assertEquals(money("225.00"), bilateral.expectedAmount());
        assertEquals(0, percent("150").compareTo(bilateral.modifierPercent()));
        assertEquals(2, bilateral.reductionRank());
        assertEquals(0, percent("50").compareTo(bilateral.reductionPercent()));
        assertEquals(money("725.00"), priced.totalExpected());
    }

    static Stream<Arguments> modifiedLines() {
        return Stream.of(
                // 1200.00 x 16% = 192.00
                Arguments.of("assistant surgeon 80", TERMS, modified("27447", "3000.00", "80"), "192.00", "16"),
                Arguments.of("assistant surgeon AS", TERMS, modified("27447", "3000.00", "AS"), "192.00", "16"),
                // 1200.00 x 62.5% = 750.00
                Arguments.of("co-surgeon 62", TERMS, modified("27447", "3000.00", "62"), "750.00", "62.5"),
                // 300.00 x 150% x 16% = 72.00
                Arguments.of("assistant at a bilateral procedure compounds", TERMS,
                        modified("64483", "700.00", "50", "AS"), "72.00", "24"),
                // informational modifiers change nothing
                Arguments.of("informational modifier", TERMS, modified("64483", "700.00", "RT"), "300.00", "100"),
                Arguments.of("no modifier rules in the contract", TERMS.withModifierRules(null),
                        modified("64483", "700.00", "50"), "300.00", "100"),
                // percent of Medicare is adjusted too: 70.00 x 100% x 150% = 105.00
                Arguments.of("bilateral percent of Medicare",
                        terms(FeeScheduleLine.percentOf("20610", RateMethod.PERCENT_OF_MEDICARE, percent("100")))
                                .withModifierRules(ModifierRules.standard()),
                        modified("20610", "300.00", "50"), "105.00", "150"),
                // a charge already describes the bilateral service: 200.00 x 50% = 100.00
                Arguments.of("percent of charges is not adjusted",
                        terms(FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_CHARGES, percent("50")))
                                .withModifierRules(ModifierRules.standard()),
                        modified("99213", "200.00", "50"), "100.00", "100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modifiedLines")
    void appliesPricingModifiersToProcedureRates(String name, ContractTerms terms, ClaimLine line, String expected,
            String modifierPercent) {
        PricedLine priced = price(terms, claim(line)).line(0);

        assertEquals(money(expected), priced.expectedAmount());
        assertEquals(0, percent(modifierPercent).compareTo(priced.modifierPercent()),
                () -> "modifier percent " + priced.modifierPercent());
    }
}
