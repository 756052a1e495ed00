package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Renewal- and termination-notice deadlines of a term ending 2026-12-31 (90 and 60 days' notice). */
class NoticeDeadlineTest {

    private static final LocalDate EXPIRES = LocalDate.parse("2026-12-31");

    @ParameterizedTest(name = "renewal notice on {0}: shown {1}, {2} days left")
    @CsvSource(nullValues = "-", value = {
            // 2026-12-31 - 90 days = 2026-10-02; 30 days before that = 2026-09-02
            "2026-09-01, false, -",
            "2026-09-02, true, 30",
            "2026-10-02, true, 0",
            "2026-10-03, false, -"})
    void renewalNoticeIsDueNinetyDaysBeforeTheTermEnds(LocalDate today, boolean shown, Long daysLeft) {
        List<Alert> alerts = RenewalNoticeDeadline.of(Contracts.active(EXPIRES, false), today);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.RENEWAL_NOTICE_DEADLINE);
            assertThat(alert.dueDate()).isEqualTo(LocalDate.parse("2026-10-02"));
            assertThat(alert.shownOn(today, 30)).isEqualTo(shown);
            if (shown) {
                assertThat(alert.daysLeft(today)).isEqualTo(daysLeft);
            }
        });
    }

    @ParameterizedTest(name = "termination notice on {0}: shown {1}")
    @CsvSource({
            // 2026-12-31 - 60 days = 2026-11-01; 30 days before that = 2026-10-02
            "2026-10-01, false",
            "2026-10-02, true",
            "2026-11-01, true",
            "2026-11-02, false"})
    void terminationNoticeIsDueSixtyDaysBeforeTheTermEnds(LocalDate today, boolean shown) {
        List<Alert> alerts = TerminationNoticeDeadline.of(Contracts.active(EXPIRES, false), today);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.dueDate()).isEqualTo(LocalDate.parse("2026-11-01"));
            assertThat(alert.shownOn(today, 30)).isEqualTo(shown);
        });
    }

    @Test
    void anEvergreenContractsNextRenewalPeriodHasItsOwnDeadlines() {
        // After 2026-10-02 the first term's renewal notice has passed; the renewal period
        // 2027-01-01..2027-12-31 has its notice on 2027-12-31 - 90 days = 2027-10-02, 364 days after 2026-10-03.
        LocalDate today = LocalDate.parse("2026-10-03");
        List<Alert> alerts = RenewalNoticeDeadline.of(Contracts.active(EXPIRES, true), today);

        assertThat(alerts).extracting(Alert::dueDate)
                .containsExactly(LocalDate.parse("2026-10-02"), LocalDate.parse("2027-10-02"));
        assertThat(alerts).filteredOn(a -> a.shownOn(today, 365)).singleElement()
                .satisfies(a -> assertThat(a.daysLeft(today)).isEqualTo(364));
        assertThat(alerts).noneMatch(a -> a.shownOn(today, 30));
    }

    @Test
    void noNoticeTermsNoDeadline() {
        ContractFacts silent = Contracts.contract("ACTIVE", EXPIRES, false, null, null, List.of());

        assertThat(RenewalNoticeDeadline.of(silent, LocalDate.parse("2026-10-01"))).isEmpty();
        assertThat(TerminationNoticeDeadline.of(silent, LocalDate.parse("2026-10-01"))).isEmpty();
    }

    @Test
    void aLongerNoticePeriodMovesTheDeadlineAndMakesItAnotherAlert() {
        LocalDate today = LocalDate.parse("2026-09-02");
        Alert ninety = RenewalNoticeDeadline.of(Contracts.active(EXPIRES, false), today).get(0);
        // 120 days before 2026-12-31 = 2026-09-02: due today
        Alert hundredTwenty = RenewalNoticeDeadline.of(
                Contracts.contract("ACTIVE", EXPIRES, false, 120, 60, List.of()), today).get(0);

        assertThat(hundredTwenty.dueDate()).isEqualTo(LocalDate.parse("2026-09-02"));
        assertThat(hundredTwenty.id()).isNotEqualTo(ninety.id());
    }
}
