package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractExpiringTest {

    private static final LocalDate EXPIRES = LocalDate.parse("2026-12-31");

    @ParameterizedTest(name = "on {0}, within {1} days: shown {2}, {3} days left, {4}")
    @CsvSource(nullValues = "-", value = {
            // 2026-12-31 - 30 days = 2026-12-01: the first day it shows
            "2026-11-30, 30, false, -, -",
            "2026-12-01, 30, true, 30, WARNING",
            "2026-12-23, 30, true, 8, WARNING",
            "2026-12-24, 30, true, 7, CRITICAL",
            "2026-12-31, 30, true, 0, CRITICAL",
            // expired: nothing left to do before it
            "2027-01-01, 30, false, -, -",
            // 2026-12-31 - 60 days = 2026-11-01
            "2026-10-31, 60, false, -, -",
            "2026-11-01, 60, true, 60, INFO"})
    void showsFromWithinDaysBeforeTheExpirationUntilTheDayItself(LocalDate today, int withinDays, boolean shown,
                                                                 Long daysLeft, Severity severity) {
        Alert alert = ContractExpiring.of(Contracts.active(EXPIRES, false)).orElseThrow();

        assertThat(alert.dueDate()).isEqualTo(EXPIRES);
        assertThat(alert.shownOn(today, withinDays)).isEqualTo(shown);
        if (shown) {
            assertThat(alert.daysLeft(today)).isEqualTo(daysLeft);
            assertThat(alert.severity(today)).isEqualTo(severity);
        }
    }

    @Test
    void anEvergreenOrInactiveContractDoesNotExpire() {
        assertThat(ContractExpiring.of(Contracts.active(EXPIRES, true))).isEmpty();
        assertThat(ContractExpiring.of(Contracts.contract("DRAFT", EXPIRES, false, 90, 60, List.of()))).isEmpty();
        assertThat(ContractExpiring.of(Contracts.contract("TERMINATED", EXPIRES, false, 90, 60, List.of()))).isEmpty();
    }

    @Test
    void disappearsWhenTheContractIsExtendedAndComesBackAsAnotherAlert() {
        LocalDate today = LocalDate.parse("2026-12-01");
        Alert before = ContractExpiring.of(Contracts.active(EXPIRES, false)).orElseThrow();
        Alert extended = ContractExpiring.of(Contracts.active(LocalDate.parse("2027-06-30"), false)).orElseThrow();

        assertThat(before.shownOn(today, 30)).isTrue();
        assertThat(extended.shownOn(today, 30)).isFalse();
        assertThat(extended.id()).isNotEqualTo(before.id());
        assertThat(ContractExpiring.of(Contracts.active(EXPIRES, false)).orElseThrow().id()).isEqualTo(before.id());
    }
}
