package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.claim;
import static com.payorcontracts.pricing.Fixtures.claimOn;
import static com.payorcontracts.pricing.Fixtures.implant;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseRateTest {

    /** Knee replacement 27447 at a 22000.00 case rate covering the implant, injections and visits. */
    private static final ContractTerms TERMS = terms(
            FeeScheduleLine.caseRate("27447", money("22000.00"), Set.of("C1776", "20610", "99213")),
            FeeScheduleLine.percentOf("C1776", RateMethod.CARVE_OUT_COST_PLUS, percent("110")),
            FeeScheduleLine.fixed("20610", money("100.00")),
            FeeScheduleLine.fixed("29881", money("500.00")));

    static Stream<Arguments> claims() {
        return Stream.of(
                // 22000 once; implant and injection bundled to zero; arthroscopy paid apart: 22500.00
                Arguments.of("bundled codes pay zero beside their primary", TERMS,
                        claim(line("27447", 1, "21", "40000.00"), implant("C1776", "9000.00", "5000.00"),
                                line("20610", "150.00"), line("29881", "2000.00")),
                        List.of("22000.00", "0.00", "0.00", "500.00"),
                        List.of(PricingRule.CASE_RATE, PricingRule.CASE_RATE_BUNDLED, PricingRule.CASE_RATE_BUNDLED,
                                PricingRule.FIXED),
                        "22500.00"),
                // an unlisted bundled code (99213, default not covered) is bundled all the same
                Arguments.of("bundled code without a row of its own", TERMS,
                        claim(line("99213", "120.00"), line("27447", 1, "21", "40000.00")),
                        List.of("0.00", "22000.00"),
                        List.of(PricingRule.CASE_RATE_BUNDLED, PricingRule.CASE_RATE),
                        "22000.00"),
                // the primary billed twice is paid once
                Arguments.of("repeated primary code paid once", TERMS,
                        claim(line("27447", 1, "21", "40000.00"), line("27447", 1, "21", "1000.00")),
                        List.of("22000.00", "0.00"),
                        List.of(PricingRule.CASE_RATE, PricingRule.CASE_RATE_BUNDLED),
                        "22000.00"),
                // without the primary, bundle members price by their own rows: 100.00 + 5000 x 110% = 5600.00
                Arguments.of("bundle members without their primary", TERMS,
                        claim(line("20610", "150.00"), implant("C1776", "9000.00", "5000.00")),
                        List.of("100.00", "5500.00"),
                        List.of(PricingRule.FIXED, PricingRule.CARVE_OUT_COST_PLUS),
                        "5600.00"),
                // lesser-of compares the case rate with the charges it covers: 15000 + 5000 + 1000 = 21000 < 22000
                Arguments.of("lesser-of compares the case rate with its bundle's charges", TERMS.withLesserOf(true),
                        claim(line("27447", 1, "21", "15000.00"), implant("C1776", "5000.00", "3000.00"),
                                line("20610", "1000.00")),
                        List.of("21000.00", "0.00", "0.00"),
                        List.of(PricingRule.LESSER_OF_CHARGE, PricingRule.CASE_RATE_BUNDLED,
                                PricingRule.CASE_RATE_BUNDLED),
                        "21000.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void paysACaseRateOnceAndItsBundleAtZero(String name, ContractTerms terms, Claim claim, List<String> expected,
            List<PricingRule> rules, String total) {
        PricedClaim priced = price(terms, claim);

        for (int i = 0; i < expected.size(); i++) {
            assertEquals(money(expected.get(i)), priced.line(i).expectedAmount(), "line " + i);
            assertEquals(rules.get(i), priced.line(i).rule(), "rule of line " + i);
        }
        assertEquals(money(total), priced.totalExpected());
    }

    @org.junit.jupiter.api.Test
    void reportsTheCaseRateRowOnItsBundledLines() {
        PricedClaim priced = price(TERMS, claimOn(LocalDate.of(2024, 6, 15),
                line("27447", 1, "21", "40000.00"), line("20610", "150.00")));

        assertEquals("27447", priced.line(1).matchedKey());
    }
}
