package com.payorcontracts.analytics.domain;

import java.math.BigDecimal;

/**
 * Expected versus paid for one claim line. variance = paid + patient responsibility − expected:
 * what the contract says the provider is owed in all, against what payer and patient were told to
 * pay (negative: underpaid). A line short by more than the tolerance is an underpayment; a line the
 * remittance paid nothing and left nothing to the patient is denied.
 */
public final class Variance {

    private Variance() {
    }

    /** The line's variance; null when it was not remitted or has no expected amount. */
    public static BigDecimal of(boolean remitted, BigDecimal paid, BigDecimal patientResponsibility, BigDecimal expected) {
        if (!remitted || expected == null) {
            return null;
        }
        return paid.add(patientResponsibility).subtract(expected);
    }

    /** The variance below which a line is an underpayment: −tolerance (a line exactly that short is not). */
    public static BigDecimal underpaymentThreshold(BigDecimal tolerance) {
        return tolerance.negate();
    }

    /** Whether a variance makes the line an underpayment under the tolerance. */
    public static boolean isUnderpayment(BigDecimal variance, BigDecimal tolerance) {
        return variance != null && variance.compareTo(underpaymentThreshold(tolerance)) < 0;
    }

    /** Whether a remitted line is denied: nothing paid and nothing left to the patient. */
    public static boolean denied(boolean remitted, BigDecimal paid, BigDecimal patientResponsibility) {
        return remitted && paid.signum() == 0 && patientResponsibility.signum() == 0;
    }
}
