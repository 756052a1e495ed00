package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.PERIOD;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("four-digit code", (Executable) () -> FeeScheduleLine.fixed("9921", TEN),
                        "FeeScheduleLine.code must be a CPT/HCPCS code"),
                Arguments.of("code of letters", (Executable) () -> FeeScheduleLine.fixed("ABCDE", TEN),
                        "FeeScheduleLine.code must be a CPT/HCPCS code"),
                Arguments.of("four digits and a letter other than F, T or U",
                        (Executable) () -> FeeScheduleLine.fixed("0042X", TEN), "FeeScheduleLine.code"),
                Arguments.of("missing code", (Executable) () -> FeeScheduleLine.fixed(null, TEN),
                        "FeeScheduleLine.code is required"),
                Arguments.of("negative amount", (Executable) () -> FeeScheduleLine.fixed("99213", money("-0.01")),
                        "FeeScheduleLine.amount must not be negative"),
                Arguments.of("fixed line without an amount", (Executable) () -> FeeScheduleLine.fixed("99213", null),
                        "FeeScheduleLine.amount is required"),
                Arguments.of("percent over 1000", (Executable) () ->
                        FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_MEDICARE, percent("1000.01")),
                        "FeeScheduleLine.percent must be a percentage between 0 and 1000"),
                Arguments.of("negative percent", (Executable) () ->
                        FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_CHARGES, percent("-5")),
                        "FeeScheduleLine.percent must be a percentage"),
                Arguments.of("amount on a percentage method", (Executable) () ->
                        new FeeScheduleLine("99213", null, null, null, RateMethod.PERCENT_OF_CHARGES, TEN, TEN,
                                Set.of(), false),
                        "FeeScheduleLine.amount is not used by PERCENT_OF_CHARGES"),
                Arguments.of("one-character modifier",
                        (Executable) () -> FeeScheduleLine.fixed("99213", TEN).withModifier("5"),
                        "FeeScheduleLine.modifier must be two letters or digits"),
                Arguments.of("three-character modifier",
                        (Executable) () -> FeeScheduleLine.fixed("99213", TEN).withModifier("RTX"),
                        "FeeScheduleLine.modifier must be two letters or digits"),
                Arguments.of("place of service of letters",
                        (Executable) () -> FeeScheduleLine.fixed("99213", TEN).withPlaceOfService("AB"),
                        "FeeScheduleLine.placeOfService must be two digits"),
                Arguments.of("bundle on a fixed rate", (Executable) () ->
                        new FeeScheduleLine("27447", null, null, null, RateMethod.FIXED, TEN, null,
                                Set.of("20610"), false),
                        "FeeScheduleLine.bundledCodes is only for CASE_RATE"),
                Arguments.of("bad code in a bundle",
                        (Executable) () -> FeeScheduleLine.caseRate("27447", TEN, Set.of("2061")),
                        "FeeScheduleLine.bundledCodes must be a CPT/HCPCS code"),
                Arguments.of("claim line modifier of wrong length", (Executable) () ->
                        new ClaimLine("99213", List.of("5"), 1, "11", TEN, null),
                        "ClaimLine.modifiers must be two letters or digits"),
                Arguments.of("five claim line modifiers", (Executable) () ->
                        new ClaimLine("99213", List.of("RT", "LT", "59", "XS", "76"), 1, "11", TEN, null),
                        "ClaimLine.modifiers holds at most 4"),
                Arguments.of("zero units", (Executable) () -> ClaimLine.of("99213", 0, "11", TEN),
                        "ClaimLine.units must be positive"),
                Arguments.of("negative charge", (Executable) () -> ClaimLine.of("99213", 1, "11", money("-1.00")),
                        "ClaimLine.billedCharge must not be negative"),
                Arguments.of("one-digit place of service", (Executable) () -> ClaimLine.of("99213", 1, "1", TEN),
                        "ClaimLine.placeOfService must be two digits"),
                Arguments.of("bad claim line code", (Executable) () -> ClaimLine.of("99.13", 1, "11", TEN),
                        "ClaimLine.code must be a CPT/HCPCS code"),
                Arguments.of("negative invoice cost", (Executable) () ->
                        new ClaimLine("C1776", List.of(), 1, "22", TEN, money("-1")),
                        "ClaimLine.invoiceCost must not be negative"),
                Arguments.of("claim without lines",
                        (Executable) () -> new Claim(LocalDate.of(2024, 1, 1), null, List.of()),
                        "Claim.lines must not be empty"),
                Arguments.of("claim without a date of service",
                        (Executable) () -> new Claim(null, null, List.of(ClaimLine.of("99213", 1, "11", TEN))),
                        "Claim.dateOfService is required"),
                Arguments.of("default rule by a fixed amount",
                        (Executable) () -> new DefaultRule(RateMethod.FIXED, TEN),
                        "DefaultRule.method must be PERCENT_OF_CHARGES, PERCENT_OF_MEDICARE or NOT_COVERED"),
                Arguments.of("default percent over 1000",
                        (Executable) () -> DefaultRule.percentOfCharges(percent("1001")),
                        "DefaultRule.percent must be a percentage"),
                Arguments.of("reduction over 100%", (Executable) () ->
                        new MultipleProcedureReduction(List.of(percent("100"), percent("150")), Set.of()),
                        "MultipleProcedureReduction.percentagesByRank must be a percentage between 0 and 100"),
                Arguments.of("reduction without percentages",
                        (Executable) () -> new MultipleProcedureReduction(List.of(), Set.of()),
                        "MultipleProcedureReduction.percentagesByRank must not be empty"),
                Arguments.of("bilateral in the assistant map", (Executable) () ->
                        new ModifierRules(percent("150"), Map.of("50", percent("150"))),
                        "ModifierRules.percentByModifier must not contain 50"),
                Arguments.of("assistant modifier of wrong length", (Executable) () ->
                        new ModifierRules(percent("150"), Map.of("800", percent("16"))),
                        "ModifierRules.percentByModifier key must be two letters or digits"),
                Arguments.of("negative bilateral percent",
                        (Executable) () -> new ModifierRules(percent("-150"), Map.of()),
                        "ModifierRules.bilateralPercent must be a percentage"),
                Arguments.of("stop-loss over 100%",
                        (Executable) () -> new StopLoss(money("100000"), percent("101")),
                        "StopLoss.percent must be a percentage between 0 and 100"),
                Arguments.of("negative stop-loss threshold",
                        (Executable) () -> new StopLoss(money("-1"), percent("60")),
                        "StopLoss.threshold must not be negative"),
                Arguments.of("escalator of zero years",
                        (Executable) () -> new Escalator(percent("3"), LocalDate.of(2025, 1, 1), 0),
                        "Escalator.years must be between 1 and 100"),
                Arguments.of("escalator over 100% a year",
                        (Executable) () -> new Escalator(percent("101"), LocalDate.of(2025, 1, 1), 3),
                        "Escalator.annualPercent must be a percentage"),
                Arguments.of("period ending before it starts", (Executable) () ->
                        new ContractPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31)),
                        "ContractPeriod.expiration 2023-12-31 is before effective 2024-01-01"),
                Arguments.of("two rows for the same key", (Executable) () ->
                        ContractTerms.of(PERIOD, DefaultRule.notCovered(), List.of(
                                FeeScheduleLine.fixed("99213", TEN), FeeScheduleLine.fixed("99213", money("20")))),
                        "ContractTerms.feeSchedule has two rows for 99213"),
                Arguments.of("terms without a default rule",
                        (Executable) () -> ContractTerms.of(PERIOD, null, List.of()),
                        "ContractTerms.defaultRule is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void rejectsBadInputNamingTheField(String name, Executable construction, String message) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, construction);

        assertTrue(thrown.getMessage().startsWith(message), () -> "message was: " + thrown.getMessage());
    }

    @ParameterizedTest(name = "{0} is accepted as {1}")
    @CsvSource({
        "99213, 99213",
        "3074f, 3074F",
        "0042T, 0042T",
        "0001U, 0001U",
        "g0008, G0008",
        "J1885, J1885",
    })
    void acceptsEachCodeFormatUpperCased(String code, String normalized) {
        assertEquals(normalized, FeeScheduleLine.fixed(code, TEN).code());
        assertEquals(normalized, ClaimLine.of(code, 1, "11", TEN).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"50", "rt", "AS", "26", "X5"})
    void acceptsTwoCharacterModifiersUpperCased(String modifier) {
        ClaimLine line = new ClaimLine("99213", List.of(modifier), 1, "11", TEN, null);

        assertEquals(modifier.toUpperCase(), line.modifiers().get(0));
    }
}
