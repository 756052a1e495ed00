package com.payorcontracts.pricing;

import static com.payorcontracts.pricing.Fixtures.claimOn;
import static com.payorcontracts.pricing.Fixtures.line;
import static com.payorcontracts.pricing.Fixtures.money;
import static com.payorcontracts.pricing.Fixtures.percent;
import static com.payorcontracts.pricing.Fixtures.price;
import static com.payorcontracts.pricing.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EscalatorTest {

    /** 3% a year from 2025-01-01, at most three increases. */
    private static final Escalator THREE_PERCENT = new Escalator(percent("3"), LocalDate.of(2025, 1, 1), 3);

    @ParameterizedTest(name = "{0}: {1} anniversaries, factor {2}")
    @CsvSource({
        // before the first anniversary nothing has passed
        "2024-12-31, 0, 1",
        // the first anniversary itself counts as 1: 1.03
        "2025-01-01, 1, 1.03",
        "2025-12-31, 1, 1.03",
        // compounding: 1.03 x 1.03 = 1.0609
        "2026-01-01, 2, 1.0609",
        // 1.03^3 = 1.092727
        "2027-06-30, 3, 1.092727",
        // capped at three years
        "2030-06-30, 3, 1.092727",
    })
    void compoundsOncePerAnniversaryPassedUpToItsYears(LocalDate dateOfService, int anniversaries, String factor) {
        assertEquals(anniversaries, THREE_PERCENT.anniversariesPassed(dateOfService));
        assertEquals(0, percent(factor).compareTo(THREE_PERCENT.factor(dateOfService)));
    }

    @ParameterizedTest(name = "{0}: {1} anniversaries")
    @CsvSource({
        "2024-02-28, 0",
        "2024-02-29, 1",
        // 2025 has no 29 February: the anniversary falls on the 28th
        "2025-02-27, 1",
        "2025-02-28, 2",
        "2028-02-28, 4",
        "2028-02-29, 5",
    })
    void countsALeapDayAnniversaryOnTheTwentyEighthInOtherYears(LocalDate dateOfService, int anniversaries) {
        Escalator leapDay = new Escalator(percent("3"), LocalDate.of(2024, 2, 29), 10);

        assertEquals(anniversaries, leapDay.anniversariesPassed(dateOfService));
    }

    static Stream<Arguments> escalatedLines() {
        ContractTerms fixed = terms(FeeScheduleLine.fixed("99213", money("100.00"))).withEscalator(THREE_PERCENT);
        return Stream.of(
                // contract year 1, before the first anniversary: 100.00
                Arguments.of("fixed rate before the first anniversary", fixed,
                        line("99213", "500.00"), LocalDate.of(2024, 6, 15), "100.00", "1"),
                // contract year 2: 100.00 x 1.03 = 103.00
                Arguments.of("fixed rate in year 2", fixed,
                        line("99213", "500.00"), LocalDate.of(2025, 3, 1), "103.00", "1.03"),
                // year 3: 100.00 x 1.0609 = 106.09
                Arguments.of("fixed rate in year 3", fixed,
                        line("99213", "500.00"), LocalDate.of(2026, 3, 1), "106.09", "1.0609"),
                // capped after three increases: 100.00 x 1.092727 = 109.2727 -> 109.27
                Arguments.of("fixed rate capped after its years", fixed,
                        line("99213", "500.00"), LocalDate.of(2028, 3, 1), "109.27", "1.092727"),
                // 33.33 x 3 units x 1.035^2 = 99.99 x 1.071225 = 107.11178775 -> 107.11
                Arguments.of("fixed rate times units, compounded, rounded once",
                        terms(FeeScheduleLine.fixed("99213", money("33.33")))
                                .withEscalator(new Escalator(percent("3.5"), LocalDate.of(2025, 1, 1), 5)),
                        line("99213", 3, "11", "500.00"), LocalDate.of(2026, 3, 1), "107.11", "1.071225"),
                // 450.00 a day x 2 days x 1.03 = 927.00
                Arguments.of("per diem in year 2",
                        terms(FeeScheduleLine.amountOf("S9475", RateMethod.PER_DIEM, money("450.00")))
                                .withEscalator(THREE_PERCENT),
                        line("S9475", 2, "55", "2000.00"), LocalDate.of(2025, 3, 1), "927.00", "1.03"),
                // 22000.00 x 1.03 = 22660.00
                Arguments.of("case rate in year 2",
                        terms(FeeScheduleLine.caseRate("27447", money("22000.00"), Set.of()))
                                .withEscalator(THREE_PERCENT),
                        line("27447", 1, "21", "40000.00"), LocalDate.of(2025, 3, 1), "22660.00", "1.03"),
                // percentages do not escalate by default: 180.00 x 65% = 117.00
                Arguments.of("percent of charges is not escalated by default",
                        terms(FeeScheduleLine.percentOf("20610", RateMethod.PERCENT_OF_CHARGES, percent("65")))
                                .withEscalator(THREE_PERCENT),
                        line("20610", "180.00"), LocalDate.of(2026, 3, 1), "117.00", "1"),
                // when the contract says so: 90.00 x 110% x 1.03 = 101.97
                Arguments.of("percent of Medicare escalated when the escalator names it",
                        terms(FeeScheduleLine.percentOf("99213", RateMethod.PERCENT_OF_MEDICARE, percent("110")))
                                .withEscalator(new Escalator(percent("3"), LocalDate.of(2025, 1, 1), 3,
                                        Set.of(RateMethod.PERCENT_OF_MEDICARE))),
                        line("99213", "500.00"), LocalDate.of(2025, 3, 1), "101.97", "1.03"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escalatedLines")
    void escalatesTheRatesItAppliesToOnTheDateOfService(String name, ContractTerms terms, ClaimLine line,
            LocalDate dateOfService, String expected, String factor) {
        PricedLine priced = price(terms, claimOn(dateOfService, line)).line(0);

        assertEquals(money(expected), priced.expectedAmount());
        assertEquals(0, percent(factor).compareTo(priced.escalatorFactor()), () -> "factor " + priced.escalatorFactor());
    }
}
