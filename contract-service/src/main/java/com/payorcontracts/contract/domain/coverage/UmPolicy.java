package com.payorcontracts.contract.domain.coverage;

import java.time.LocalDate;

/**
 * A payor's utilization-management rule for a code, as payor-service published it.
 *
 * @param modifier      narrows the rule to that modifier; null for any
 * @param effectiveDate first day in force; null when always
 * @param endDate       last day in force; null while open-ended
 */
public record UmPolicy(String code, String modifier, boolean priorAuthRequired, LocalDate effectiveDate,
                       LocalDate endDate) {

    /** Whether the rule is in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return (effectiveDate == null || !date.isBefore(effectiveDate)) && (endDate == null || !date.isAfter(endDate));
    }
}
