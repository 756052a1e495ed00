package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The fee schedule percentages of Medicare are taken from, e.g. the Medicare physician fee
 * schedule for one year and locality, with facility and non-facility amounts.
 *
 * <p>The engine asks for the single-procedure fee: it never passes a pricing modifier
 * ({@link ModifierRules#PRICING_MODIFIERS}, 50, 62, 80, ...), but passes the claim line's first
 * other modifier, or null. An implementation decides what that modifier means: one that changes
 * the fee (26, TC) should have its own amount; one that does not (LT, RT, 59) should get the
 * code's base amount. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface ReferenceFeeSchedule {

    /**
     * The fee for one unit of the code, or empty when the schedule has no fee for it (the line
     * then prices at zero with {@link PricingRule#REFERENCE_MISSING}).
     *
     * @param code CPT/HCPCS code, upper-case
     * @param modifier upper-case, or null
     * @param facility whether the service was performed in a facility setting
     */
    Optional<BigDecimal> amount(String code, String modifier, boolean facility);
}
