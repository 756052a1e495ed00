package com.payorcontracts.analytics.domain.alert;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One user's status of one alert. OPEN until the user acknowledges it (it then stays ACKNOWLEDGED
 * until its facts change, which makes it another alert) or snoozes it (SNOOZED until a date, then OPEN
 * again by itself).
 */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, SNOOZED;

    private static final Map<AlertStatus, Set<AlertStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(ACKNOWLEDGED, SNOOZED),
            ACKNOWLEDGED, EnumSet.of(OPEN),
            SNOOZED, EnumSet.of(OPEN, ACKNOWLEDGED, SNOOZED));

    /** The statuses this one may move to (SNOOZED to SNOOZED: a new date). */
    public Set<AlertStatus> next() {
        return NEXT.get(this);
    }

    /** The status in force on a day: a snooze that has run out is OPEN again. */
    public static AlertStatus onDay(String stored, LocalDate snoozedUntil, LocalDate today) {
        if (stored == null) {
            return OPEN;
        }
        AlertStatus status = valueOf(stored);
        return status == SNOOZED && (snoozedUntil == null || !today.isBefore(snoozedUntil)) ? OPEN : status;
    }
}
