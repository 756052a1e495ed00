package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.ContractStatus;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a contract list asks for; every part is optional.
 *
 * @param name         part of the contract's name, any case
 * @param payorId      of this payor
 * @param statuses     in any of these statuses
 * @param expiringBy   with an expiration date from {@code today} up to this date, not yet ended
 * @param today        the day {@code expiringBy} counts from
 * @param ids          only these contracts (a batch get)
 * @param sort         the order
 */
public record ContractSearch(String name, UUID payorId, Set<ContractStatus> statuses, LocalDate expiringBy, LocalDate today,
                             Set<UUID> ids, ContractSort sort) {
    public ContractSearch {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        sort = sort == null ? ContractSort.NAME : sort;
    }
}
