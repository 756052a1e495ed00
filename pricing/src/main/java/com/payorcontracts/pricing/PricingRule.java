package com.payorcontracts.pricing;

/** Why a priced line was paid what it was paid: the rule that decided its expected amount. */
public enum PricingRule {
    FIXED,
    PERCENT_OF_MEDICARE,
    PERCENT_OF_CHARGES,
    PER_DIEM,
    CASE_RATE,
    /** In the bundle of a case rate billed on the same claim (or a repeat of its primary code): zero. */
    CASE_RATE_BUNDLED,
    CARVE_OUT_COST_PLUS,
    /** A carve-out line billed without an invoice cost: zero until the invoice arrives. */
    INVOICE_MISSING,
    NOT_COVERED,
    DEFAULT_PERCENT_OF_CHARGES,
    DEFAULT_PERCENT_OF_MEDICARE,
    DEFAULT_NOT_COVERED,
    /** Priced at a percentage of Medicare, but the reference schedule has no fee for the code: zero. */
    REFERENCE_MISSING,
    /** The contract pays the lesser of the computed amount and the charge, and the charge was lower. */
    LESSER_OF_CHARGE,
    /** The claim's charges exceeded the stop-loss threshold: every line paid at a percent of its charge. */
    STOP_LOSS;

    static PricingRule of(RateMethod method) {
        return switch (method) {
            case FIXED -> FIXED;
            case PERCENT_OF_MEDICARE -> PERCENT_OF_MEDICARE;
            case PERCENT_OF_CHARGES -> PERCENT_OF_CHARGES;
            case PER_DIEM -> PER_DIEM;
            case CASE_RATE -> CASE_RATE;
            case CARVE_OUT_COST_PLUS -> CARVE_OUT_COST_PLUS;
            case NOT_COVERED -> NOT_COVERED;
        };
    }

    static PricingRule ofDefault(RateMethod method) {
        return switch (method) {
            case PERCENT_OF_CHARGES -> DEFAULT_PERCENT_OF_CHARGES;
            case PERCENT_OF_MEDICARE -> DEFAULT_PERCENT_OF_MEDICARE;
            case NOT_COVERED -> DEFAULT_NOT_COVERED;
            default -> throw new IllegalArgumentException("no default rule prices by " + method);
        };
    }
}
