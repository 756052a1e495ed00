package com.payorcontracts.analytics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a remittance claim's status (CLP02) and amounts say: a reversal (22) takes back an earlier
 * payment (its amounts come negated and net out against the original); a denial pays nothing of a
 * charge and leaves nothing to the patient; the first payment is the earliest remittance that paid
 * something and is not a reversal.
 */
public final class RemittanceClaimStatus {

    /** CLP02 of a reversal of a previous payment. */
    public static final String REVERSAL = "22";

    private RemittanceClaimStatus() {
    }

    public static boolean isReversal(String status) {
        return REVERSAL.equals(status);
    }

    /**
     * Whether a remittance claim is a denial: never a reversal; denied by its status (CLP02 = 4),
     * or nothing paid of a charge with nothing left to the patient.
     */
    public static boolean claimDenied(boolean reversal, boolean deniedStatus, BigDecimal charge, BigDecimal paid,
                                      BigDecimal patientResponsibility) {
        return !reversal && (deniedStatus || lineDenied(false, charge, paid, patientResponsibility));
    }

    /** Whether a service line is a denial: not a reversal, nothing paid of a charge, nothing left to the patient. */
    public static boolean lineDenied(boolean reversal, BigDecimal charge, BigDecimal paid,
                                     BigDecimal patientResponsibility) {
        return !reversal && paid.signum() == 0 && charge.signum() > 0 && patientResponsibility.signum() == 0;
    }

    /** Whether a remittance dated {@code paidOn} is the claim's first payment so far ({@code firstSoFar} null: none yet). */
    public static boolean isEarlierPayment(String status, BigDecimal paid, LocalDate paidOn, LocalDate firstSoFar) {
        return !isReversal(status) && paid.signum() > 0 && paidOn != null
                && (firstSoFar == null || paidOn.isBefore(firstSoFar));
    }
}
