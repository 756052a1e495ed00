package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 3% a year from 2027-01-01, three times, on a contract running to 2029-12-31. */
class EscalatorStepDueTest {

    private static final ContractFacts.EscalatorSpan THREE_PERCENT = new ContractFacts.EscalatorSpan(
            LocalDate.parse("2026-01-01"), null, new BigDecimal("3.00"), LocalDate.parse("2027-01-01"), 3);

    @ParameterizedTest(name = "on {0}: next step {1} on {2}, factor {3}, shown within 30 days {4}")
    @CsvSource(nullValues = "-", value = {
            // 2027-01-01 - 30 days = 2026-12-02
            "2026-12-01, 1, 2027-01-01, 1.0300, false",
            "2026-12-02, 1, 2027-01-01, 1.0300, true",
            "2027-01-01, 1, 2027-01-01, 1.0300, true",
            // 1.03^2 = 1.0609
            "2027-01-02, 2, 2028-01-01, 1.0609, false",
            "2027-12-02, 2, 2028-01-01, 1.0609, true",
            // 1.03^3 = 1.092727 -> 1.0927
            "2028-12-02, 3, 2029-01-01, 1.0927, true",
            // all three steps taken
            "2029-01-02, -, -, -, false"})
    void theNextStepOnOrAfterTodayIsDueOnItsAnniversary(LocalDate today, Integer step, LocalDate due, String factor,
                                                        boolean shown) {
        List<Alert> alerts = EscalatorStepDue.of(contract(LocalDate.parse("2029-12-31"), THREE_PERCENT), today);

        if (step == null) {
            assertThat(alerts).isEmpty();
            return;
        }
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.dueDate()).isEqualTo(due);
            assertThat(alert.facts()).isEqualTo("step=" + step + ";annualPercent=3;factor=" + factor);
            assertThat(alert.shownOn(today, 30)).isEqualTo(shown);
        });
    }

    @Test
    void noStepAfterTheContractEndsOrAfterAnAmendmentDropsTheEscalator() {
        LocalDate today = LocalDate.parse("2027-12-15");
        // the contract ends 2027-06-30, before the second anniversary 2028-01-01
        assertThat(EscalatorStepDue.of(contract(LocalDate.parse("2027-06-30"), THREE_PERCENT), today)).isEmpty();
        // an amendment from 2027-07-01 has no escalator: these terms are in force only to 2027-06-30
        ContractFacts.EscalatorSpan untilAmended = new ContractFacts.EscalatorSpan(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2027-06-30"), new BigDecimal("3.00"), LocalDate.parse("2027-01-01"), 3);
        assertThat(EscalatorStepDue.of(contract(LocalDate.parse("2029-12-31"), untilAmended), today)).isEmpty();
    }

    @Test
    void aChangedPercentIsAnotherAlert() {
        LocalDate today = LocalDate.parse("2026-12-15");
        Alert three = EscalatorStepDue.of(contract(LocalDate.parse("2029-12-31"), THREE_PERCENT), today).get(0);
        Alert four = EscalatorStepDue.of(contract(LocalDate.parse("2029-12-31"), new ContractFacts.EscalatorSpan(
                LocalDate.parse("2026-01-01"), null, new BigDecimal("4"), LocalDate.parse("2027-01-01"), 3)), today).get(0);

        assertThat(four.facts()).isEqualTo("step=1;annualPercent=4;factor=1.0400");
        assertThat(four.id()).isNotEqualTo(three.id());
    }

    private static ContractFacts contract(LocalDate expiration, ContractFacts.EscalatorSpan span) {
        return Contracts.contract("ACTIVE", expiration, false, null, null, List.of(span));
    }
}
