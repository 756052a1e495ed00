package com.payorcontracts.contract.rest;

/** Plan products a contract can cover. */
public enum LineOfBusiness {
    HMO, PPO, EPO, POS, HDHP, INDEMNITY, MEDICARE, MEDICARE_ADVANTAGE, MEDICAID, MEDICAID_MCO, CHIP, TRICARE,
    WORKERS_COMP, AUTO_PIP, EXCHANGE
}
