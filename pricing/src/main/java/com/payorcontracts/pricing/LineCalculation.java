package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line's unrounded working state while its claim is priced. Mutable on purpose: the claim
 * passes (bundling, ranking, lesser-of) each adjust a few lines, and a scratch object per line
 * is cheaper than rebuilding records in the hot path. Never leaves {@link ClaimPricer}.
 */
final class LineCalculation {

    final ClaimLine line;
    /** The fee-schedule row that matched, or null when the default rule priced the line. */
    final CompiledLine matched;
    /** The row or default rule whose method priced the line. */
    final CompiledLine rate;
    FeeScheduleLine reportedLine;
    PricingRule rule;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal escalatorFactor = BigDecimal.ONE;
    BigDecimal modifierPercent = Require.ONE_HUNDRED;
    int reductionRank;
    BigDecimal reductionPercent = Require.ONE_HUNDRED;
    /** What lesser-of compares with: the line's charge, plus its bundle's charges for a case rate. */
    BigDecimal lesserOfCharge;
    LesserOf lesserOf;

    LineCalculation(ClaimLine line, CompiledLine matched, CompiledLine rate) {
        this.line = line;
        this.matched = matched;
        this.rate = rate;
        this.reportedLine = matched == null ? null : matched.source;
        this.rule = rate.rule;
        this.lesserOfCharge = line.billedCharge();
    }

    /** Whether the line was priced by its method as written, not zeroed for a missing basis or a bundle. */
    boolean pricedByMethod() {
        return rule == rate.rule;
    }

    void bundleInto(LineCalculation primary) {
        amount = BigDecimal.ZERO;
        rule = PricingRule.CASE_RATE_BUNDLED;
        reportedLine = primary.reportedLine;
        escalatorFactor = BigDecimal.ONE;
        modifierPercent = Require.ONE_HUNDRED;
        primary.lesserOfCharge = primary.lesserOfCharge.add(line.billedCharge());
    }

    /**
     * Pays the lesser of the amount so far and {@code percent} of the charge. Both sides are
     * compared unrounded; a tie goes to the rate, so lesser-of at 100% changes nothing a charge
     * equal to the rate would not.
     */
    void applyLesserOf(BigDecimal percent) {
        BigDecimal limit = lesserOfCharge.multiply(percent).movePointLeft(2);
        LesserOf.Side winner = LesserOf.Side.RATE;
        if (limit.compareTo(amount) < 0) {
            amount = limit;
            rule = PricingRule.LESSER_OF_CHARGE;
            winner = LesserOf.Side.CHARGES;
        }
        lesserOf = new LesserOf(percent, limit.setScale(2, RoundingMode.HALF_UP), winner);
    }

    PricedLine toPricedLine(int index) {
        return new PricedLine(index, line.code(), amount.setScale(2, RoundingMode.HALF_UP), rule,
                reportedLine, escalatorFactor, modifierPercent, reductionRank, reductionPercent, lesserOf);
    }
}
