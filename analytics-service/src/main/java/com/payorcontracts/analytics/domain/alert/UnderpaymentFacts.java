package com.payorcontracts.analytics.domain.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An underpayment on the worklist with what its alerts need: its status, when it was last changed
 * (UTC date), the claim's first payment date and the line's variance (negative: short).
 */
public record UnderpaymentFacts(long underpaymentId, UUID claimId, String claimRef, String code, UUID payorId,
                                UUID contractId, String status, LocalDate lastTouchedOn, LocalDate paymentDate,
                                BigDecimal variance) {

    /** DETECTED and IN_REVIEW still need work; APPEALED has been appealed, the others are closed. */
    public boolean open() {
        return "DETECTED".equals(status) || "IN_REVIEW".equals(status);
    }

    Subject subject() {
        return new Subject("underpayment", Long.toString(underpaymentId), claimRef + " " + code, payorId, contractId);
    }

    /** What the line is short by, positive, scale 2. */
    BigDecimal shortfall() {
        return variance == null ? null : variance.negate().setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
