package com.payorcontracts.contract.domain.coverage;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Coverage of codes under one spine contract's terms; each row says why in its comment. */
class ContractCoverageTest {

    private static final List<FeeScheduleLine> SPINE = List.of(
            FeeScheduleLine.fixed("64483", new BigDecimal("700.00")),
            // the same code narrowed: bilateral at the office for less, so the range is 650.00..700.00
            new FeeScheduleLine("64483", "50", BillingClass.PROFESSIONAL, "11", RateMethod.FIXED,
                    new BigDecimal("650.00"), null, Set.of(), false),
            FeeScheduleLine.caseRate("22630", new BigDecimal("18500.00"), Set.of("22840", "20936")),
            FeeScheduleLine.caseRate("22612", new BigDecimal("17000.00"), Set.of("22840")),
            FeeScheduleLine.percentOf("L8699", RateMethod.CARVE_OUT_COST_PLUS, new BigDecimal("110")),
            FeeScheduleLine.percentOf("62323", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("150")),
            FeeScheduleLine.notCovered("64999"),
            // NOT_COVERED next to a paying line: the paying line decides
            FeeScheduleLine.notCovered("63650").withModifier("59"),
            FeeScheduleLine.percentOf("63650", RateMethod.PERCENT_OF_CHARGES, new BigDecimal("60")),
            // a carve-out next to a not-covered line: carved out
            FeeScheduleLine.notCovered("C1713").withModifier("59"),
            FeeScheduleLine.percentOf("C1713", RateMethod.CARVE_OUT_COST_PLUS, new BigDecimal("105")));

    @ParameterizedTest(name = "{0} under a not-covered default is {1}")
    @CsvSource(nullValues = "-", value = {
            // code, coverage, method, lowest, highest, percent, bundledUnder
            "64483, PRICED_BY_LINE,    FIXED,               650.00,   700.00,   -,   -",
            "22630, PRICED_BY_LINE,    CASE_RATE,           18500.00, 18500.00, -,   -",
            "62323, PRICED_BY_LINE,    PERCENT_OF_MEDICARE, -,        -,        150, -",
            "63650, PRICED_BY_LINE,    PERCENT_OF_CHARGES,  -,        -,        60,  -",
            // bundled in two case rates: named by the first primary in code order (22612 < 22630)
            "22840, CASE_RATE_BUNDLED, CASE_RATE,           -,        -,        -,   22612",
            "20936, CASE_RATE_BUNDLED, CASE_RATE,           -,        -,        -,   22630",
            "L8699, CARVED_OUT,        CARVE_OUT_COST_PLUS, -,        -,        110, -",
            "C1713, CARVED_OUT,        CARVE_OUT_COST_PLUS, -,        -,        105, -",
            "64999, NOT_COVERED,       NOT_COVERED,         -,        -,        -,   -",
            // nothing about it, and the default pays nothing
            "72100, MISSING,           -,                   -,        -,        -,   -"})
    void classifiesEachCodeOfASpineContract(String code, CoverageClass coverage, RateMethod method, BigDecimal lowest,
                                            BigDecimal highest, BigDecimal percent, String bundledUnder) {
        CodeCoverage result = ContractCoverage.of(SPINE, DefaultRule.notCovered()).classify(code);

        assertThat(result).isEqualTo(new CodeCoverage(code, coverage, method, lowest, highest, percent, bundledUnder));
    }

    @Test
    void leavesAnUnlistedCodeToTheDefaultRuleWhenItPaysAndNeverOverridesALineOrABundle() {
        ContractCoverage coverage = ContractCoverage.of(SPINE, DefaultRule.percentOfCharges(new BigDecimal("40")));

        assertThat(coverage.classify("72100")).isEqualTo(new CodeCoverage("72100", CoverageClass.DEFAULT_RULE_ONLY,
                RateMethod.PERCENT_OF_CHARGES, null, null, new BigDecimal("40"), null));
        assertThat(coverage.classify("64999").coverage()).isEqualTo(CoverageClass.NOT_COVERED);
        assertThat(coverage.classify("22840").coverage()).isEqualTo(CoverageClass.CASE_RATE_BUNDLED);
        assertThat(coverage.classify("64483").coverage()).isEqualTo(CoverageClass.PRICED_BY_LINE);
    }

    @Test
    void namesTheUnnarrowedLinesMethodWhenANarrowedLineComesFirst() {
        List<FeeScheduleLine> schedule = List.of(
                FeeScheduleLine.percentOf("27130", RateMethod.PERCENT_OF_CHARGES, new BigDecimal("55")).withPlaceOfService("22"),
                FeeScheduleLine.amountOf("27130", RateMethod.PER_DIEM, new BigDecimal("2100.00")));

        CodeCoverage result = ContractCoverage.of(schedule, DefaultRule.notCovered()).classify("27130");

        assertThat(result).isEqualTo(new CodeCoverage("27130", CoverageClass.PRICED_BY_LINE, RateMethod.PER_DIEM,
                new BigDecimal("2100.00"), new BigDecimal("2100.00"), new BigDecimal("55"), null));
    }

    @Test
    void paysOnlyWhatIsNeitherNotCoveredNorMissing() {
        assertThat(List.of(CoverageClass.values()).stream().filter(CoverageClass::pays))
                .containsExactly(CoverageClass.PRICED_BY_LINE, CoverageClass.DEFAULT_RULE_ONLY,
                        CoverageClass.CASE_RATE_BUNDLED, CoverageClass.CARVED_OUT);
    }
}
