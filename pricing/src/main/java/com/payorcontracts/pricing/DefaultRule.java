package com.payorcontracts.pricing;

import java.math.BigDecimal;

/**
 * How a contract prices codes its fee schedule does not list: a percentage of charges, a
 * percentage of Medicare, or not covered.
 *
 * @param method PERCENT_OF_CHARGES, PERCENT_OF_MEDICARE or NOT_COVERED
 * @param percent 110 means 110%, up to 1000; null for NOT_COVERED
 */
public record DefaultRule(RateMethod method, BigDecimal percent) {

    public DefaultRule {
        Require.nonNull(method, "DefaultRule.method");
        switch (method) {
            case PERCENT_OF_CHARGES, PERCENT_OF_MEDICARE ->
                    Require.percent(percent, "DefaultRule.percent", Require.ONE_THOUSAND);
            case NOT_COVERED -> Require.absent(percent, "DefaultRule.percent", method);
            default -> throw new IllegalArgumentException(
                    "DefaultRule.method must be PERCENT_OF_CHARGES, PERCENT_OF_MEDICARE or NOT_COVERED, not " + method);
        }
    }

    public static DefaultRule percentOfCharges(BigDecimal percent) {
        return new DefaultRule(RateMethod.PERCENT_OF_CHARGES, percent);
    }

    public static DefaultRule percentOfMedicare(BigDecimal percent) {
        return new DefaultRule(RateMethod.PERCENT_OF_MEDICARE, percent);
    }

    public static DefaultRule notCovered() {
        return new DefaultRule(RateMethod.NOT_COVERED, null);
    }
}
