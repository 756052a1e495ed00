package com.payorcontracts.pricing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal's rate changes as fee-schedule lines, by hand. */
class ProposedRatesTest {

    private static final List<FeeScheduleLine> IN_FORCE = List.of(
            FeeScheduleLine.fixed("62323", new BigDecimal("452.37")),
            FeeScheduleLine.percentOf("64483", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("135")),
            FeeScheduleLine.caseRate("22630", new BigDecimal("18500.00"), Set.of("22840")),
            FeeScheduleLine.fixed("62323", new BigDecimal("300.00")).withModifier("26"),
            FeeScheduleLine.notCovered("97110"));

    private static RateChange change(RateChange.Kind kind, String amount, String percent, String... codes) {
        return new RateChange(kind, List.of(codes), amount == null ? null : new BigDecimal(amount),
                percent == null ? null : new BigDecimal(percent));
    }

    @ParameterizedTest(name = "{0} {1}% -> {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "62323, 3,     465.94,   -",     // 452.37 x 1.03 = 465.9411 -> 465.94
            "62323, -4.5,  432.01,   -",     // 452.37 x 0.955 = 432.01335 -> 432.01
            "62323, 0.5,   454.63,   -",     // 452.37 x 1.005 = 454.63185 -> 454.63
            "64483, 10,    -,        148.50", // 135% x 1.10 = 148.5%
            "64483, -33.33, -,       90.00",  // 135 x 0.6667 = 90.0045 -> 90.00
            "22630, 2.5,   18962.50, -",     // 18500 x 1.025; the case rate keeps its bundle
    })
    void aPercentageChangeScalesTheCodesOwnLine(String code, String percent, BigDecimal amount, BigDecimal rate) {
        FeeScheduleLine line = ProposedRates.upserts(IN_FORCE,
                List.of(change(RateChange.Kind.PERCENT_CHANGE, null, percent, code))).get(0);
        assertThat(line.amount()).isEqualTo(amount);
        assertThat(line.percent()).isEqualTo(rate);
        assertThat(line.modifier()).isNull();
        if (code.equals("22630")) {
            assertThat(line.method()).isEqualTo(RateMethod.CASE_RATE);
            assertThat(line.bundledCodes()).containsExactly("22840");
        }
    }

    @Test
    void absoluteAndPercentOfMedicareReplaceTheOwnLineOfEachCodeNamed() {
        List<FeeScheduleLine> upserts = ProposedRates.upserts(IN_FORCE, List.of(
                change(RateChange.Kind.ABSOLUTE, "610", null, "62323", "20610"),
                change(RateChange.Kind.PERCENT_OF_MEDICARE, null, "150", "64483")));
        assertThat(upserts).extracting(FeeScheduleLine::key).containsExactly("62323", "20610", "64483");
        assertThat(upserts.get(0).method()).isEqualTo(RateMethod.FIXED);
        assertThat(upserts.get(0).amount()).isEqualTo(new BigDecimal("610.00"));
        assertThat(upserts.get(1).amount()).isEqualTo(new BigDecimal("610.00"));
        assertThat(upserts.get(2).method()).isEqualTo(RateMethod.PERCENT_OF_MEDICARE);
        assertThat(upserts.get(2).percent()).isEqualTo(new BigDecimal("150"));
    }

    @Test
    void refusesWhatCannotBeApplied() {
        assertThatThrownBy(() -> ProposedRates.upserts(IN_FORCE,
                List.of(change(RateChange.Kind.PERCENT_CHANGE, null, "5", "20610"))))
                .isInstanceOf(ProposedRates.InvalidRateChange.class).hasMessageContaining("no rate of its own")
                .extracting(e -> ((ProposedRates.InvalidRateChange) e).field()).isEqualTo("rateChanges[0].codes");
        assertThatThrownBy(() -> ProposedRates.upserts(IN_FORCE,
                List.of(change(RateChange.Kind.PERCENT_CHANGE, null, "5", "97110"))))
                .hasMessageContaining("not covered");
        assertThatThrownBy(() -> ProposedRates.upserts(IN_FORCE, List.of(
                change(RateChange.Kind.ABSOLUTE, "1", null, "62323"),
                change(RateChange.Kind.PERCENT_CHANGE, null, "5", "64483", "62323"))))
                .extracting(e -> ((ProposedRates.InvalidRateChange) e).field()).isEqualTo("rateChanges[1].codes[1]");
        assertThatThrownBy(() -> ProposedRates.upserts(IN_FORCE,
                List.of(change(RateChange.Kind.ABSOLUTE, null, "5", "62323"))))
                .extracting(e -> ((ProposedRates.InvalidRateChange) e).field()).isEqualTo("rateChanges[0].amount");
        assertThatThrownBy(() -> ProposedRates.upserts(IN_FORCE,
                List.of(change(RateChange.Kind.PERCENT_OF_MEDICARE, null, "1200", "62323"))))
                .extracting(e -> ((ProposedRates.InvalidRateChange) e).field()).isEqualTo("rateChanges[0].codes[0]");
    }

    @Test
    void theProposedTermsReplaceTheChangedLinesAndKeepTheRestInForce() {
        ContractPeriod period = new ContractPeriod(LocalDate.of(2027, 1, 1), null);
        Escalator inForceEscalator = new Escalator(new BigDecimal("2"), LocalDate.of(2026, 7, 1), 3);
        ContractTerms inForce = ContractTerms.of(period, DefaultRule.notCovered(), IN_FORCE).withEscalator(inForceEscalator);

        ContractTerms kept = ProposedRates.apply(inForce,
                List.of(change(RateChange.Kind.ABSOLUTE, "610", null, "62323", "20610")), null, null);
        // 62323's own line replaced in place, its -26 line kept, 20610 added last; the escalator in force stays.
        assertThat(kept.feeSchedule()).extracting(FeeScheduleLine::key)
                .containsExactly("62323", "64483", "22630", "62323-26", "97110", "20610");
        assertThat(kept.feeSchedule().get(0).amount()).isEqualTo(new BigDecimal("610.00"));
        assertThat(kept.escalator()).isEqualTo(inForceEscalator);
        assertThat(kept.lesserOf()).isFalse();

        Escalator asked = new Escalator(new BigDecimal("3"), LocalDate.of(2028, 1, 1), 3);
        ContractTerms changed = ProposedRates.apply(inForce, List.of(), asked, new BigDecimal("80"));
        assertThat(changed.feeSchedule()).isEqualTo(inForce.feeSchedule());
        assertThat(changed.escalator()).isEqualTo(asked);
        assertThat(changed.lesserOf()).isTrue();
        assertThat(changed.lesserOfPercent()).isEqualTo(new BigDecimal("80"));
        assertThat(changed.period()).isEqualTo(period);
    }
}
