package com.payorcontracts.pricing;

/** Whether a claim or fee-schedule line is for a professional (CMS-1500) or facility (UB-04) bill. */
public enum BillingClass {
    PROFESSIONAL,
    FACILITY
}
