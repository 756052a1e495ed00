package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;

import java.time.LocalDate;
import java.util.UUID;

/** A contract in a list: everything but the fee schedule, which may hold thousands of lines. */
public record ContractSummary(UUID id, UUID payorId, String name, ContractStatus status, LocalDate effectiveDate,
                              LocalDate expirationDate, long version) {

    static ContractSummary of(Contract contract) {
        return new ContractSummary(contract.id, contract.payorId, contract.name, contract.status,
                contract.effectiveDate, contract.expirationDate, contract.eventVersion);
    }
}
