package com.payorcontracts.pricing;

import java.math.BigDecimal;

/**
 * What one claim line should be paid, and why.
 *
 * @param lineIndex the line's position on the claim, from 0
 * @param code the line's code
 * @param expectedAmount to the cent (scale 2), rounded HALF_UP once from the unrounded computation
 * @param rule the rule that decided the amount
 * @param matchedLine the fee-schedule row that priced the line (for a bundled line, its case
 *     rate's row); null when the default rule or stop-loss priced it
 * @param escalatorFactor the escalator multiplier applied; 1 when none was
 * @param modifierPercent the pricing-modifier percentage applied (150 for bilateral); 100 when none was
 * @param reductionRank the line's multiple-procedure rank from 1; 0 when not ranked
 * @param reductionPercent the multiple-procedure percentage applied; 100 when none was
 * @param lesserOf how lesser-of decided the line; null when no lesser-of applies to it
 */
public record PricedLine(
        int lineIndex,
        String code,
        BigDecimal expectedAmount,
        PricingRule rule,
        FeeScheduleLine matchedLine,
        BigDecimal escalatorFactor,
        BigDecimal modifierPercent,
        int reductionRank,
        BigDecimal reductionPercent,
        LesserOf lesserOf) {

    public PricedLine {
        Require.nonNull(code, "PricedLine.code");
        Require.nonNull(rule, "PricedLine.rule");
        if (Require.nonNull(expectedAmount, "PricedLine.expectedAmount").scale() != 2) {
            throw new IllegalArgumentException("PricedLine.expectedAmount must be to the cent: " + expectedAmount);
        }
        Require.nonNull(escalatorFactor, "PricedLine.escalatorFactor");
        Require.nonNull(modifierPercent, "PricedLine.modifierPercent");
        Require.nonNull(reductionPercent, "PricedLine.reductionPercent");
    }

    /** A line no lesser-of applies to. */
    public PricedLine(int lineIndex, String code, BigDecimal expectedAmount, PricingRule rule,
            FeeScheduleLine matchedLine, BigDecimal escalatorFactor, BigDecimal modifierPercent, int reductionRank,
            BigDecimal reductionPercent) {
        this(lineIndex, code, expectedAmount, rule, matchedLine, escalatorFactor, modifierPercent, reductionRank,
                reductionPercent, null);
    }

    /** The matched fee-schedule row as text ({@code 27130-50 POS 22}), or null when none matched. */
    public String matchedKey() {
        return matchedLine == null ? null : matchedLine.key();
    }
}
