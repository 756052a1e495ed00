package com.payorcontracts.payor.domain;

/** The kind of plan a product is; it decides networks, rules and the usual reference fee schedule. */
public enum LineOfBusiness {
    HMO, PPO, EPO, POS, HDHP, INDEMNITY, MARKETPLACE, MEDICARE_ADVANTAGE, MEDICARE_SUPPLEMENT, MEDICAID_MCO, CHIP,
    DUAL_ELIGIBLE, TRICARE, WORKERS_COMP, AUTO_PIP, OTHER
}
