package com.payorcontracts.contract.domain;

/** Where a contract is in its life. */
public enum ContractStatus {
    DRAFT, NEGOTIATING, ACTIVE, EXPIRED, TERMINATED
}
