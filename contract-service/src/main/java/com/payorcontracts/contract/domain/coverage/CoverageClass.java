package com.payorcontracts.contract.domain.coverage;

/** How a contract's terms in force treat one code of the organization's catalog or plans. */
public enum CoverageClass {
    /** A fee-schedule line of its own pays it (fixed, per diem, case rate or a percentage). */
    PRICED_BY_LINE,
    /** No line of its own: only the contract's default rule (a percentage of charges or of Medicare) pays it. */
    DEFAULT_RULE_ONLY,
    /** No line of its own, but a case rate's bundle holds it: paid within the primary code's case rate. */
    CASE_RATE_BUNDLED,
    /** Its only lines pay it as a carve-out at a percentage of invoice cost (implants). */
    CARVED_OUT,
    /** The contract says so: its only lines are NOT_COVERED. */
    NOT_COVERED,
    /** The contract says nothing about it and its default rule pays nothing: a gap to negotiate. */
    MISSING;

    /** Whether the contract pays something for the code. */
    public boolean pays() {
        return this != NOT_COVERED && this != MISSING;
    }
}
