package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulletins taking effect and follow-ups due, from the payor projection. */
class PayorAlertsTest {

    private static final UUID PAYOR = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID ITEM = UUID.fromString("00000000-0000-0000-0000-00000000b001");

    @ParameterizedTest(name = "bulletin effective 2027-02-01, on {0}: shown {1}")
    @CsvSource({
            // 2027-02-01 - 30 days = 2027-01-02
            "2027-01-01, false",
            "2027-01-02, true",
            "2027-02-01, true",
            "2027-02-02, false"})
    void aBulletinShowsFromWithinDaysBeforeItTakesEffectUntilThatDay(LocalDate today, boolean shown) {
        Alert alert = BulletinTakingEffect.of(bulletin(LocalDate.parse("2027-02-01"), false)).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.BULLETIN_TAKING_EFFECT);
        assertThat(alert.subject().label()).isEqualTo("Prior auth for 63030");
        assertThat(alert.shownOn(today, 30)).isEqualTo(shown);
    }

    @Test
    void aRemovedOrPostponedBulletinIsNoLongerThatAlert() {
        LocalDate today = LocalDate.parse("2027-01-15");
        Alert original = BulletinTakingEffect.of(bulletin(LocalDate.parse("2027-02-01"), false)).orElseThrow();
        Alert postponed = BulletinTakingEffect.of(bulletin(LocalDate.parse("2027-04-01"), false)).orElseThrow();

        assertThat(BulletinTakingEffect.of(bulletin(LocalDate.parse("2027-02-01"), true))).isEmpty();
        assertThat(postponed.id()).isNotEqualTo(original.id());
        assertThat(postponed.shownOn(today, 30)).isFalse();
    }

    @ParameterizedTest(name = "follow-up on 2026-12-15, on {0}: shown {1}, {2} days left, {3}")
    @CsvSource(nullValues = "-", value = {
            // 2026-12-15 - 30 days = 2026-11-15
            "2026-11-14, false, -, -",
            "2026-11-15, true, 30, WARNING",
            "2026-12-15, true, 0, CRITICAL",
            // overdue stays until it is done: 2027-01-10 is 26 days after 2026-12-15
            "2027-01-10, true, -26, CRITICAL"})
    void aFollowUpShowsUntilDone(LocalDate today, boolean shown, Long daysLeft, Severity severity) {
        Alert alert = FollowUpDue.of(interaction(false)).orElseThrow();

        assertThat(alert.subject().label()).isEqualTo("CALL follow-up");
        assertThat(alert.shownOn(today, 30)).isEqualTo(shown);
        if (shown) {
            assertThat(alert.daysLeft(today)).isEqualTo(daysLeft);
            assertThat(alert.severity(today)).isEqualTo(severity);
        }
    }

    @Test
    void aDoneFollowUpDisappears() {
        assertThat(FollowUpDue.of(interaction(true))).isEmpty();
    }

    private static BulletinFacts bulletin(LocalDate effective, boolean removed) {
        return new BulletinFacts(ITEM, PAYOR, "Prior auth for 63030", effective, removed);
    }

    private static InteractionFacts interaction(boolean done) {
        return new InteractionFacts(ITEM, PAYOR, "CALL", LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-15"), done, false);
    }
}
