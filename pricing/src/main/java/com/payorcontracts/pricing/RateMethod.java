package com.payorcontracts.pricing;

/** How a contract prices a code: the basis the payment is computed from. */
public enum RateMethod {
    /** A fixed amount per unit. */
    FIXED,
    /** A percentage of the reference (Medicare) fee for the code, per unit. */
    PERCENT_OF_MEDICARE,
    /** A percentage of the line's billed charge. */
    PERCENT_OF_CHARGES,
    /** A fixed amount per day; units are days. */
    PER_DIEM,
    /** A fixed amount once per claim for the primary code, covering the codes in its bundle. */
    CASE_RATE,
    /** A percentage of the line's invoice cost, for implants and other carved-out items. */
    CARVE_OUT_COST_PLUS,
    /** Paid at zero. */
    NOT_COVERED;

    /** Whether the method's rate is a fixed amount, as opposed to a percentage. */
    boolean usesAmount() {
        return this == FIXED || this == PER_DIEM || this == CASE_RATE;
    }

    /** Whether the method's rate is a percentage of some basis. */
    boolean usesPercent() {
        return this == PERCENT_OF_MEDICARE || this == PERCENT_OF_CHARGES || this == CARVE_OUT_COST_PLUS;
    }
}
