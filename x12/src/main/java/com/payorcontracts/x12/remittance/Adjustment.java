package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;

/**
 * One reason/amount triplet of a CAS segment; a CAS with several triplets yields several adjustments.
 *
 * <p>A positive amount decreases the payment, a negative one increases it (and reversals negate all).
 *
 * @param position ordinal of the CAS segment in the input
 * @param reasonCode CARC, e.g. {@code 45} charge exceeds fee schedule
 * @param quantity the adjusted units, null when absent
 */
public record Adjustment(int position, AdjustmentGroup group, String reasonCode, BigDecimal amount,
        BigDecimal quantity) {
}
