package com.payorcontracts.pricing;

import java.time.LocalDate;

/**
 * A contract's term and, for an evergreen ({@code autoRenew}) contract, its renewal periods: after
 * the expiration date it renews itself for successive one-year periods, priced under its last
 * terms, until it is terminated or lapses. Each period's end is the expiration date plus whole
 * years counted from the original date (2028-02-29 renews to 2029-02-28, then 2032-02-29), so
 * the ends never drift. Notice dates count back from the end of the term holding a date.
 *
 * @param effective first day of the contract
 * @param expiration last day of its initial term (or of its latest explicit renewal)
 * @param autoRenew whether it renews itself at each period's end
 * @param renewalNoticeDays days before a term's end by which renewal must be negotiated; null when the contract says none
 * @param terminationNoticeDays days before a term's end by which notice to terminate (without cause) must be given; null when none
 */
public record RenewalTerms(LocalDate effective, LocalDate expiration, boolean autoRenew, Integer renewalNoticeDays,
        Integer terminationNoticeDays) {

    public RenewalTerms {
        Require.nonNull(effective, "RenewalTerms.effective");
        Require.nonNull(expiration, "RenewalTerms.expiration");
        if (expiration.isBefore(effective)) {
            throw new IllegalArgumentException("RenewalTerms.expiration " + expiration + " is before effective " + effective);
        }
        if (renewalNoticeDays != null && renewalNoticeDays < 0 || terminationNoticeDays != null && terminationNoticeDays < 0) {
            throw new IllegalArgumentException("RenewalTerms notice days must not be negative");
        }
    }

    /** Where a date falls: the term holding it, its end, and the notice dates of that term. */
    public record Term(int renewalPeriod, LocalDate start, LocalDate end, LocalDate renewalNoticeDate,
            LocalDate terminationNoticeDate) {
    }

    /**
     * The dates of service the contract prices: an evergreen contract still running (not ended by
     * termination or lapse) has no last date; any other ends at its expiration.
     */
    public ContractPeriod pricedPeriod(boolean ended) {
        return new ContractPeriod(effective, autoRenew && !ended ? null : expiration);
    }

    /**
     * The term holding the date: the initial term (renewal period 0) or the n-th renewal period of
     * an evergreen contract; null before the effective date, or after the expiration of a contract
     * that does not renew itself.
     */
    public Term termOn(LocalDate date) {
        if (date.isBefore(effective)) {
            return null;
        }
        if (!date.isAfter(expiration)) {
            return term(0, effective, expiration);
        }
        if (!autoRenew) {
            return null;
        }
        // Estimate the period from the years elapsed, then step to the one that holds the date.
        int period = Math.max(1, date.getYear() - expiration.getYear());
        while (period > 1 && !date.isAfter(expiration.plusYears(period - 1))) {
            period--;
        }
        while (date.isAfter(expiration.plusYears(period))) {
            period++;
        }
        return term(period, expiration.plusYears(period - 1).plusDays(1), expiration.plusYears(period));
    }

    private Term term(int period, LocalDate start, LocalDate end) {
        return new Term(period, start, end, renewalNoticeDays == null ? null : end.minusDays(renewalNoticeDays),
                terminationNoticeDays == null ? null : end.minusDays(terminationNoticeDays));
    }
}
