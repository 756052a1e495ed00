package com.payorcontracts.analytics.domain;

import java.time.LocalDate;

/**
 * The last day a payment may be appealed: the contract's appeal window counted in calendar days
 * from the payment date (the date of the remittance that paid the line). Unknown without either.
 */
public final class AppealDeadline {

    private AppealDeadline() {
    }

    /** paymentDate + appealWindowDays; null when either is missing. */
    public static LocalDate appealBy(LocalDate paymentDate, Integer appealWindowDays) {
        if (paymentDate == null || appealWindowDays == null) {
            return null;
        }
        return paymentDate.plusDays(appealWindowDays);
    }

    /** Days left on {@code today} to appeal (0 on the last day, negative once passed); null when unknown. */
    public static Integer daysLeft(LocalDate appealBy, LocalDate today) {
        return appealBy == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(today, appealBy);
    }
}
