package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AlertTest {

    @Test
    void theIdIsAFingerprintOfKindSubjectDueDateAndFacts() {
        Subject subject = new Subject("contract", "c1", "Spine", null, null);
        Alert alert = new Alert(AlertKind.CONTRACT_EXPIRING, subject, LocalDate.parse("2026-12-31"), null, null, "x=1", null);

        assertThat(alert.id()).matches("al-[0-9a-f]{20}")
                .isEqualTo(new Alert(AlertKind.CONTRACT_EXPIRING, subject, LocalDate.parse("2026-12-31"), null, null, "x=1", null).id())
                .isNotEqualTo(new Alert(AlertKind.CONTRACT_EXPIRING, subject, LocalDate.parse("2026-12-31"), null, null, "x=2", null).id())
                .isNotEqualTo(new Alert(AlertKind.ESCALATOR_STEP_DUE, subject, LocalDate.parse("2026-12-31"), null, null, "x=1", null).id());
    }

    @Test
    void aSnoozeThatHasRunOutIsOpenAgain() {
        LocalDate until = LocalDate.parse("2026-12-10");

        assertThat(AlertStatus.onDay("SNOOZED", until, LocalDate.parse("2026-12-09"))).isEqualTo(AlertStatus.SNOOZED);
        assertThat(AlertStatus.onDay("SNOOZED", until, LocalDate.parse("2026-12-10"))).isEqualTo(AlertStatus.OPEN);
        assertThat(AlertStatus.onDay("ACKNOWLEDGED", null, LocalDate.parse("2030-01-01"))).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(AlertStatus.onDay(null, null, LocalDate.parse("2030-01-01"))).isEqualTo(AlertStatus.OPEN);
    }
}
