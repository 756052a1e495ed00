package com.payorcontracts.transparency;

/** What a negotiated amount measures; benchmarks only ever pool amounts of one unit. */
public enum RateUnit {
    /** Dollars per service. */
    DOLLARS,
    /** Percent of billed charges, as a whole number (65.0 = 65%). */
    PERCENT,
    /** Dollars per day. */
    DOLLARS_PER_DAY
}
