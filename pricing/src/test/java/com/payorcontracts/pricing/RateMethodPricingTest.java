package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.MEDICARE;
import static com.payorcontracts.pricing.Fixtures.claim;
import static com.payorcontracts.pricing.Fixtures.implant;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.modified;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateMethodPricingTest {

    static Stream<Arguments> singleLineCases() {
        FeeScheduleLine medicare110 = FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_MEDICARE, percent("110"));
        return Stream.of(
                // 75.00 per unit x 2 units = 150.00
                Arguments.of("fixed rate times units",
                        terms(FeeScheduleLine.fixed("99213", money("75.00"))),
                        claim(line("99213", 2, "11", "200.00")), "150.00", PricingRule.FIXED),
                // office (POS 11) is non-facility: 90.00 x 110% = 99.00
                Arguments.of("percent of Medicare, non-facility in the office",
                        terms(medicare110), claim(line("99213", 1, "11", "150.00")), "99.00",
                        PricingRule.PERCENT_OF_MEDICARE),
                // outpatient hospital (POS 22) is facility: 60.00 x 110% = 66.00
                Arguments.of("percent of Medicare, facility in the outpatient hospital",
                        terms(medicare110), claim(line("99213", 1, "22", "150.00")), "66.00",
                        PricingRule.PERCENT_OF_MEDICARE),
                // ambulatory surgical center (POS 24) is facility: 60.00 x 110% = 66.00
                Arguments.of("percent of Medicare, facility in an ASC",
                        terms(medicare110), claim(line("99213", 1, "24", "150.00")), "66.00",
                        PricingRule.PERCENT_OF_MEDICARE),
                // no place of service, but a FACILITY row on a facility claim: 60.00 x 110% = 66.00
                Arguments.of("percent of Medicare, facility by billing class",
                        terms(medicare110.withBillingClass(BillingClass.FACILITY)),
                        new Claim(Fixtures.DATE_OF_SERVICE, BillingClass.FACILITY,
                                List.of(line("99213", 1, null, "150.00"))),
                        "66.00", PricingRule.PERCENT_OF_MEDICARE),
                // 420.00 non-facility x 2 units x 100% = 840.00
                Arguments.of("percent of Medicare times units",
                        terms(FeeScheduleLine.percentOf("64483", RateMethod.PERCENT_OF_MEDICARE, percent("100"))),
                        claim(line("64483", 2, "11", "1000.00")), "840.00", PricingRule.PERCENT_OF_MEDICARE),
                // the reference has a 26 row: 8.50 x 100% = 8.50
                Arguments.of("percent of Medicare uses the reference's professional-component row",
                        terms(FeeScheduleLine.percentOf("93000", RateMethod.PERCENT_OF_MEDICARE, percent("100"))),
                        claim(modified("93000", "40.00", "26")), "8.50", PricingRule.PERCENT_OF_MEDICARE),
                // 59 has no row of its own: base 17.00 x 100% = 17.00
                Arguments.of("percent of Medicare ignores a modifier the reference does not price",
                        terms(FeeScheduleLine.percentOf("93000", RateMethod.PERCENT_OF_MEDICARE, percent("100"))),
                        claim(modified("93000", "40.00", "59")), "17.00", PricingRule.PERCENT_OF_MEDICARE),
                // 0042T is not in the reference: zero, flagged, no exception
                Arguments.of("percent of Medicare for a code missing from the reference",
                        terms(FeeScheduleLine.percentOf("0042T", RateMethod.PERCENT_OF_MEDICARE, percent("110"))),
                        claim(line("0042T", "300.00")), "0.00", PricingRule.REFERENCE_MISSING),
                // 180.00 x 65% = 117.00
                Arguments.of("percent of charges",
                        terms(FeeScheduleLine.percentOf("20610", RateMethod.PERCENT_OF_CHARGES, percent("65"))),
                        claim(line("20610", 2, "11", "180.00")), "117.00", PricingRule.PERCENT_OF_CHARGES),
                // 450.00 a day x 3 days = 1350.00
                Arguments.of("per diem times days",
                        terms(FeeScheduleLine.amountOf("S9475", RateMethod.PER_DIEM, money("450.00"))),
                        claim(line("S9475", 3, "55", "2400.00")), "1350.00", PricingRule.PER_DIEM),
                // paid once, not x 2 units
                Arguments.of("case rate once whatever the units",
                        terms(FeeScheduleLine.caseRate("27447", money("22000.00"), null)),
                        claim(line("27447", 2, "21", "45000.00")), "22000.00", PricingRule.CASE_RATE),
                // implant at 110% of invoice: 4321.50 x 1.10 = 4753.65
                Arguments.of("implant carve-out at 110% of invoice",
                        terms(FeeScheduleLine.percentOf("C1776", RateMethod.CARVE_OUT_COST_PLUS, percent("110"))),
                        claim(implant("C1776", "9000.00", "4321.50")), "4753.65", PricingRule.CARVE_OUT_COST_PLUS),
                // no invoice yet: zero, flagged, no exception
                Arguments.of("implant carve-out without an invoice",
                        terms(FeeScheduleLine.percentOf("C1776", RateMethod.CARVE_OUT_COST_PLUS, percent("110"))),
                        claim(implant("C1776", "9000.00", null)), "0.00", PricingRule.INVOICE_MISSING),
                Arguments.of("listed but not covered",
                        terms(FeeScheduleLine.notCovered("97810")),
                        claim(line("97810", "85.00")), "0.00", PricingRule.NOT_COVERED),
                // unlisted 99499: 250.00 x 50% = 125.00
                Arguments.of("unlisted code under a percent-of-charges default",
                        terms(DefaultRule.percentOfCharges(percent("50"))),
                        claim(line("99499", "250.00")), "125.00", PricingRule.DEFAULT_PERCENT_OF_CHARGES),
                // unlisted 20610 in the office: 70.00 x 120% = 84.00
                Arguments.of("unlisted code under a percent-of-Medicare default",
                        terms(DefaultRule.percentOfMedicare(percent("120"))),
                        claim(line("20610", "250.00")), "84.00", PricingRule.DEFAULT_PERCENT_OF_MEDICARE),
                // unlisted 20610 at an outpatient hospital: 55.00 x 120% = 66.00
                Arguments.of("unlisted code under a percent-of-Medicare default, facility",
                        terms(DefaultRule.percentOfMedicare(percent("120"))),
                        claim(line("20610", 1, "22", "250.00")), "66.00", PricingRule.DEFAULT_PERCENT_OF_MEDICARE),
                // unlisted 99499 is not in the reference either
                Arguments.of("unlisted code missing from the reference under a percent-of-Medicare default",
                        terms(DefaultRule.percentOfMedicare(percent("120"))),
                        claim(line("99499", "250.00")), "0.00", PricingRule.REFERENCE_MISSING),
                Arguments.of("unlisted code under a not-covered default",
                        terms(DefaultRule.notCovered(), FeeScheduleLine.fixed("99213", money("75.00"))),
                        claim(line("99499", "250.00")), "0.00", PricingRule.DEFAULT_NOT_COVERED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleLineCases")
    void paysEachRateMethodAndDefaultRuleToTheCent(String name, ContractTerms terms, Claim claim, String expected,
            PricingRule rule) {
        PricedLine priced = price(terms, claim).line(0);

        assertEquals(money(expected), priced.expectedAmount());
        assertEquals(rule, priced.rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56",
        "61"})
    void treatsCmsFacilitySettingsAsFacility(String placeOfService) {
        assertEquals(true, FacilityPlacesOfService.isFacility(placeOfService));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "12", "20", "49", "81", "99"})
    void treatsOfficeHomeAndClinicSettingsAsNonFacility(String placeOfService) {
        assertEquals(false, FacilityPlacesOfService.isFacility(placeOfService));
    }

    @ParameterizedTest(name = "claim modifiers {0} ask the reference for modifier {1}")
    @MethodSource("referenceModifiers")
    void asksTheReferenceForTheSingleProcedureFeeWithoutPricingModifiers(List<String> modifiers, String expected) {
        String[] asked = new String[1];
        ReferenceFeeSchedule recording = (code, modifier, facility) -> {
            asked[0] = modifier;
            return Optional.of(BigDecimal.TEN);
        };
        ContractTerms terms = terms(FeeScheduleLine.percentOf("93000", RateMethod.PERCENT_OF_MEDICARE, percent("100")))
                .withModifierRules(ModifierRules.standard());

        new ClaimPricer().price(terms, recording, claim(new ClaimLine("93000", modifiers, 1, "11", BigDecimal.TEN, null)));

        assertEquals(expected, asked[0]);
    }

    static Stream<Arguments> referenceModifiers() {
        return Stream.of(
                Arguments.of(List.of(), null),
                Arguments.of(List.of("26"), "26"),
                Arguments.of(List.of("50", "26"), "26"),
                Arguments.of(List.of("80", "AS"), null),
                Arguments.of(List.of("LT", "26"), "LT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claimTotals")
    void totalsTheRoundedLines(String name, ContractTerms terms, Claim claim, String expectedTotal) {
        PricedClaim priced = price(terms, claim);

        assertEquals(money(expectedTotal), priced.totalExpected());
        assertEquals(claim.lines().size(), priced.lines().size());
    }

    static Stream<Arguments> claimTotals() {
        ContractTerms terms = terms(DefaultRule.percentOfCharges(percent("40")),
                FeeScheduleLine.fixed("99213", money("75.00")),
                FeeScheduleLine.percentOf("20610", RateMethod.PERCENT_OF_MEDICARE, percent("110")));
        return Stream.of(
                // 75.00 + 70.00 x 110% = 77.00 + unlisted 36415 at 40% of 25.00 = 10.00 -> 162.00
                Arguments.of("mixed methods", terms,
                        claim(line("99213", "120.00"), line("20610", "150.00"), line("36415", "25.00")), "162.00"),
                // one line
                Arguments.of("one line", terms, claim(line("99213", "120.00")), "75.00"));
    }
}
