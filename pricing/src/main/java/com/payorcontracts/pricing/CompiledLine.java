package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A fee-schedule row (or the default rule) with everything the per-line hot path needs worked
 * out in advance: the percentage as a fraction, whether the escalator, modifier rules and
 * multiple-procedure reduction touch it, and how specific its match is.
 */
final class CompiledLine {

    private static final int MODIFIER_WEIGHT = 4;
    private static final int PLACE_OF_SERVICE_WEIGHT = 2;
    private static final int BILLING_CLASS_WEIGHT = 1;

    final FeeScheduleLine source;
    final RateMethod method;
    final PricingRule rule;
    final BigDecimal amount;
    /** percent / 100, exact. */
    final BigDecimal fraction;
    final Set<String> bundledCodes;
    final String modifier;
    final String placeOfService;
    final BillingClass billingClass;
    /** Higher wins: modifier over place of service over billing class, summed. */
    final int specificity;
    final boolean reducible;
    final boolean escalates;
    final boolean modifierAdjusted;
    /** The row's own lesser-of percentage, or null to follow the contract. */
    final BigDecimal lesserOfPercent;

    private CompiledLine(FeeScheduleLine source, RateMethod method, PricingRule rule, BigDecimal amount,
            BigDecimal percent, boolean reducible, Escalator escalator) {
        this.source = source;
        this.method = method;
        this.rule = rule;
        this.amount = amount;
        this.fraction = percent == null ? null : percent.movePointLeft(2);
        this.bundledCodes = source == null ? Set.of() : source.bundledCodes();
        this.modifier = source == null ? null : source.modifier();
        this.placeOfService = source == null ? null : source.placeOfService();
        this.billingClass = source == null ? null : source.billingClass();
        this.specificity = (modifier == null ? 0 : MODIFIER_WEIGHT)
                + (placeOfService == null ? 0 : PLACE_OF_SERVICE_WEIGHT)
                + (billingClass == null ? 0 : BILLING_CLASS_WEIGHT);
        this.reducible = reducible;
        this.escalates = escalator != null && escalator.appliesTo().contains(method);
        this.modifierAdjusted = method == RateMethod.FIXED || method == RateMethod.PERCENT_OF_MEDICARE;
        this.lesserOfPercent = source == null ? null : source.lesserOfPercent();
    }

    static CompiledLine of(FeeScheduleLine line, MultipleProcedureReduction reduction, Escalator escalator) {
        boolean reducible = line.multipleProcedureEligible()
                && reduction != null
                && !reduction.exemptCodes().contains(line.code());
        return new CompiledLine(line, line.method(), PricingRule.of(line.method()), line.amount(), line.percent(),
                reducible, escalator);
    }

    static CompiledLine ofDefault(DefaultRule rule, Escalator escalator) {
        return new CompiledLine(null, rule.method(), PricingRule.ofDefault(rule.method()), null, rule.percent(),
                false, escalator);
    }

    boolean matches(ClaimLine line, BillingClass claimBillingClass) {
        return (placeOfService == null || placeOfService.equals(line.placeOfService()))
                && (billingClass == null || billingClass == claimBillingClass);
    }
}
