package com.payorcontracts.x12.remittance;

/** CAS01 claim adjustment group codes: who bears an adjustment. */
public enum AdjustmentGroup {
    /** Contractual obligation: the provider writes it off. */
    CO,
    /** Patient responsibility: deductible, coinsurance, copay. */
    PR,
    /** Other adjustment. */
    OA,
    /** Payer initiated reduction. */
    PI,
    /** Correction and reversal (retired in 5010, still sent by some payers). */
    CR
}
