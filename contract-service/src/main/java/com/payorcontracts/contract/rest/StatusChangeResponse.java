package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.domain.StatusChange;

import java.time.Instant;

/** One status change of a contract. */
public record StatusChangeResponse(ContractStatus from, ContractStatus to, String reason, Instant changedAt) {

    static StatusChangeResponse of(StatusChange change) {
        return new StatusChangeResponse(change.from, change.to, change.reason, change.changedAt);
    }
}
