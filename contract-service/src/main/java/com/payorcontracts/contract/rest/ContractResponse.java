package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as the API shows it; {@code version} is the version of its latest contract-changed event. */
public record ContractResponse(UUID id, UUID payorId, String name, ContractStatus status, LocalDate effectiveDate,
                               LocalDate expirationDate, long version, List<FeeScheduleLineDto> feeSchedule,
                               Instant createdAt, Instant updatedAt) {

    static ContractResponse of(Contract contract) {
        return new ContractResponse(contract.id, contract.payorId, contract.name, contract.status,
                contract.effectiveDate, contract.expirationDate, contract.eventVersion,
                contract.feeSchedule.stream().map(FeeScheduleLineDto::of).toList(),
                contract.createdAt, contract.updatedAt);
    }
}
