package com.payorcontracts.analytics.domain.alert;

/** How urgent an alert is, from the days left until its due date. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    /** Overdue or at most 7 days left: CRITICAL; at most 30: WARNING; more: INFO. */
    public static Severity forDaysLeft(long daysLeft) {
        if (daysLeft <= 7) {
            return CRITICAL;
        }
        return daysLeft <= 30 ? WARNING : INFO;
    }
}
