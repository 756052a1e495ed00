package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An underpayment paid 2026-10-01, last touched 2026-11-01, short by 123.40. */
class UnderpaymentAlertsTest {

    @ParameterizedTest(name = "appeal window {0} days, on {1}: due {2}, shown {3}")
    @CsvSource(nullValues = "-", value = {
            // 2026-10-01 + 60 days = 2026-11-30; shown from 2026-10-31
            "60, 2026-10-30, 2026-11-30, false",
            "60, 2026-10-31, 2026-11-30, true",
            "60, 2026-11-30, 2026-11-30, true",
            "60, 2026-12-01, 2026-11-30, false",
            // no window in the contract: 90 days, 2026-10-01 + 90 = 2026-12-30; shown from 2026-11-30
            "-,  2026-11-29, 2026-12-30, false",
            "-,  2026-11-30, 2026-12-30, true"})
    void theAppealDeadlineCountsTheContractsWindowFromThePaymentDate(Integer window, LocalDate today, LocalDate due,
                                                                     boolean shown) {
        Alert alert = AppealDeadline.of(underpayment("DETECTED", "2026-11-01"), window).orElseThrow();

        assertThat(alert.dueDate()).isEqualTo(due);
        assertThat(alert.shownOn(today, 30)).isEqualTo(shown);
        assertThat(alert.amount()).isEqualByComparingTo("123.40");
        assertThat(alert.facts()).endsWith(window == null ? "window=90(default);short=123.40" : "window=60;short=123.40");
    }

    @Test
    void anAppealedOrClosedUnderpaymentHasNoDeadlineLeft() {
        assertThat(AppealDeadline.of(underpayment("APPEALED", "2026-11-01"), 60)).isEmpty();
        assertThat(AppealDeadline.of(underpayment("RECOVERED", "2026-11-01"), 60)).isEmpty();
        assertThat(UnderpaymentUntouched.of(underpayment("WRITTEN_OFF", "2026-11-01"))).isEmpty();
    }

    @ParameterizedTest(name = "touched 2026-11-01, on {0} within {1} days: shown {2}")
    @CsvSource({
            // 2026-11-01 + 30 days = 2026-12-01, whatever the look-ahead
            "2026-11-30, 30, false",
            "2026-11-30, 365, false",
            "2026-12-01, 0, true",
            "2027-01-15, 30, true"})
    void untouchedForThirtyDaysShowsFromTheThirtiethDay(LocalDate today, int withinDays, boolean shown) {
        Alert alert = UnderpaymentUntouched.of(underpayment("IN_REVIEW", "2026-11-01")).orElseThrow();

        assertThat(alert.dueDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(alert.shownOn(today, withinDays)).isEqualTo(shown);
    }

    @Test
    void workingTheItemMakesTheUntouchedAlertGoAway() {
        LocalDate today = LocalDate.parse("2026-12-01");
        Alert before = UnderpaymentUntouched.of(underpayment("DETECTED", "2026-11-01")).orElseThrow();
        Alert after = UnderpaymentUntouched.of(underpayment("IN_REVIEW", "2026-11-20")).orElseThrow();

        assertThat(before.shownOn(today, 30)).isTrue();
        assertThat(after.shownOn(today, 30)).isFalse();
        assertThat(after.id()).isNotEqualTo(before.id());
    }

    private static UnderpaymentFacts underpayment(String status, String touched) {
        return new UnderpaymentFacts(42, UUID.fromString("00000000-0000-0000-0000-0000000c1a01"), "CLM-1001", "63030",
                Contracts.PAYOR, Contracts.CONTRACT, status, LocalDate.parse(touched), LocalDate.parse("2026-10-01"),
                new BigDecimal("-123.40"));
    }
}
