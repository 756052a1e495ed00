package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.PricingRule;
import com.payorcontracts.pricing.RateMethod;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal compared with the terms in force, by hand. Priced on 2029-01-01; the reference fees
 * (non-facility / facility): 62323 300.00 / 200.00, 64483 250.00 / 180.00, 22630 1500.00 / 1500.00,
 * 20610 80.00 / 80.00. In force: 62323 FIXED 450.00, 64483 140% of Medicare, 22630 FIXED 2000.00,
 * 27096 60% of charges, anything else 120% of Medicare; a 2% escalator from 2028-01-01 for 3 years
 * has passed two anniversaries on 2029-01-01 (2028-01-01 and 2029-01-01): factor 1.02^2 = 1.0404 on
 * the FIXED rates. Proposed: 62323 500.00, 22630 10% less (1800.00), 64483 130% of Medicare, and a
 * 3% escalator from 2030-01-01 instead (factor 1 on 2029-01-01). Floors: 62323 480.00, 22630 1900.00.
 */
class ProposalComparisonTest {

    private static final LocalDate ON = LocalDate.of(2029, 1, 1);
    private static final ContractPeriod PERIOD = new ContractPeriod(ON, null);
    private static final ReferenceFeeSchedule MEDICARE = InMemoryReferenceFeeSchedule.builder()
            .put("62323", null, bd("200.00"), bd("300.00"))
            .put("64483", null, bd("180.00"), bd("250.00"))
            .put("22630", null, bd("1500.00"), bd("1500.00"))
            .put("20610", null, bd("80.00"), bd("80.00"))
            .build();
    private static final List<ProposalComparison.ComparedCode> CODES = List.of(
            new ProposalComparison.ComparedCode("62323", 100), new ProposalComparison.ComparedCode("64483", 200),
            new ProposalComparison.ComparedCode("22630", 10), new ProposalComparison.ComparedCode("20610", 50),
            new ProposalComparison.ComparedCode("27096", 5));
    private static final Map<String, BigDecimal> FLOORS = Map.of("62323", bd("480.00"), "22630", bd("1900.00"));

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static ContractTerms current() {
        return ContractTerms.of(PERIOD, DefaultRule.percentOfMedicare(bd("120")), List.of(
                        FeeScheduleLine.fixed("62323", bd("450.00")),
                        FeeScheduleLine.percentOf("64483", RateMethod.PERCENT_OF_MEDICARE, bd("140")),
                        FeeScheduleLine.fixed("22630", bd("2000.00")),
                        FeeScheduleLine.percentOf("27096", RateMethod.PERCENT_OF_CHARGES, bd("60"))))
                .withEscalator(new Escalator(bd("2"), LocalDate.of(2028, 1, 1), 3));
    }

    private static ContractTerms proposed() {
        return ContractTerms.of(PERIOD, DefaultRule.percentOfMedicare(bd("120")), List.of(
                        FeeScheduleLine.fixed("62323", bd("500.00")),
                        FeeScheduleLine.percentOf("64483", RateMethod.PERCENT_OF_MEDICARE, bd("130")),
                        FeeScheduleLine.fixed("22630", bd("1800.00")),
                        FeeScheduleLine.percentOf("27096", RateMethod.PERCENT_OF_CHARGES, bd("60"))))
                .withEscalator(new Escalator(bd("3"), LocalDate.of(2030, 1, 1), 3));
    }

    private static ProposalComparison.Result compared(BillingClass billingClass) {
        return new ProposalComparison().compare(ON, CODES, current(), proposed(), MEDICARE, billingClass, FLOORS);
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}, Medicare {5}")
    @CsvSource(nullValues = "-", value = {
            // code, current, current rule, proposed, change, Medicare, current %, proposed %, floor, below
            "62323, 468.18, FIXED,               500.00, 31.82,   300.00, 156.06, 166.67, 480.00,  false", // 450 x 1.0404; 500 / 300
            "64483, 350.00, PERCENT_OF_MEDICARE, 325.00, -25.00,  250.00, 140.00, 130.00, -,       false", // 140% / 130% of 250
            "22630, 2080.80, FIXED,              1800.00, -280.80, 1500.00, 138.72, 120.00, 1900.00, true", // 2000 x 1.0404; 2000 x 0.90
            "20610, 96.00, DEFAULT_PERCENT_OF_MEDICARE, 96.00, 0.00, 80.00, 120.00, 120.00, -,     false", // 120% of 80, not escalated
            "27096, -, PERCENT_OF_CHARGES,       -,      -,       -,      -,      -,      -,       false", // no charges: no rate
    })
    void comparesEachCodeThroughThePricingEngine(String code, BigDecimal current, PricingRule currentRule, BigDecimal proposed,
                                                 BigDecimal change, BigDecimal medicare, BigDecimal currentPercent,
                                                 BigDecimal proposedPercent, BigDecimal floor, boolean below) {
        ProposalComparison.Row row = compared(null).rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        assertThat(row.currentRate()).isEqualTo(current);
        assertThat(row.currentRule()).isEqualTo(currentRule);
        assertThat(row.proposedRate()).isEqualTo(proposed);
        assertThat(row.change()).isEqualTo(change);
        assertThat(row.medicareRate()).isEqualTo(medicare);
        assertThat(row.currentPercentOfMedicare()).isEqualTo(currentPercent);
        assertThat(row.proposedPercentOfMedicare()).isEqualTo(proposedPercent);
        assertThat(row.floor()).isEqualTo(floor);
        assertThat(row.belowFloor()).isEqualTo(below);
    }

    @Test
    void totalsAreRatesTimesTheCatalogsExpectedVolumes() {
        ProposalComparison.Totals totals = compared(null).totals();
        // 468.18 x 100 + 350.00 x 200 + 2080.80 x 10 + 96.00 x 50 = 46,818 + 70,000 + 20,808 + 4,800
        assertThat(totals.currentAnnualTotal()).isEqualTo(bd("142426.00"));
        // 500 x 100 + 325 x 200 + 1800 x 10 + 96 x 50 = 50,000 + 65,000 + 18,000 + 4,800
        assertThat(totals.proposedAnnualTotal()).isEqualTo(bd("137800.00"));
        assertThat(totals.change()).isEqualTo(bd("-4626.00"));
        assertThat(totals.codesBelowFloor()).isEqualTo(1);
        // 480 x 100 + 1900 x 10
        assertThat(totals.floorAnnualTotal()).isEqualTo(bd("67000.00"));
    }

    @Test
    void aFacilityProviderIsComparedWithTheFacilityFee() {
        ProposalComparison.Row row = compared(BillingClass.FACILITY).rows().get(1);
        // 64483 facility fee 180.00: 140% = 252.00 now, 130% = 234.00 proposed
        assertThat(row.medicareRate()).isEqualTo(bd("180.00"));
        assertThat(row.currentRate()).isEqualTo(bd("252.00"));
        assertThat(row.proposedRate()).isEqualTo(bd("234.00"));
        // 62323: 500.00 / 200.00 = 250.00%
        assertThat(compared(BillingClass.FACILITY).rows().get(0).proposedPercentOfMedicare()).isEqualTo(bd("250.00"));
    }

    @Test
    void lesserOfAndStopLossAreLeftOutForThereAreNoCharges() {
        ContractTerms withLesserOf = ContractTerms.of(PERIOD, DefaultRule.notCovered(),
                List.of(FeeScheduleLine.fixed("62323", bd("450.00")).withLesserOfPercent(bd("80")))).withLesserOf(true);
        ProposalComparison.Result result = new ProposalComparison().compare(ON,
                List.of(new ProposalComparison.ComparedCode("62323", 1)), withLesserOf, withLesserOf, MEDICARE, null, Map.of());
        // A charge of 0.00 would win lesser-of and show 0.00; the contracted rate is what is compared.
        assertThat(result.rows().get(0).currentRate()).isEqualTo(bd("450.00"));
    }
}
