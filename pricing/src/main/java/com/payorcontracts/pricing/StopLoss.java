package com.payorcontracts.pricing;

import java.math.BigDecimal;

/**
 * Stop-loss: when a claim's total billed charges exceed the threshold, the whole claim is paid
 * at a percentage of billed charges, line by line, replacing every other rule. Charges exactly
 * at the threshold do not trigger it.
 *
 * @param threshold total billed charges of the claim; not negative
 * @param percent of each line's charge, 0 to 100
 */
public record StopLoss(BigDecimal threshold, BigDecimal percent) {

    public StopLoss {
        Require.amount(threshold, "StopLoss.threshold");
        Require.percent(percent, "StopLoss.percent", Require.ONE_HUNDRED);
    }

    public boolean appliesTo(BigDecimal totalBilledCharges) {
        return totalBilledCharges.compareTo(threshold) > 0;
    }
}
