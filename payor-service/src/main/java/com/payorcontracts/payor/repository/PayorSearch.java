package com.payorcontracts.payor.repository;

import com.payorcontracts.payor.domain.PayorStatus;
import com.payorcontracts.payor.domain.PayorType;

import java.util.Set;
import java.util.UUID;

/**
 * What a payor search asks for; every part is optional.
 *
 * @param name            part of the display or legal name, any case
 * @param types           any of these types
 * @param statuses        any of these pipeline statuses
 * @param states          present in any of these states (with {@code minLives}: lives summed over them)
 * @param minLives        at least this many covered lives, summed over state-level figures
 * @param ediPayerId      has this EDI payer id, with any clearinghouse
 * @param includeArchived archived payors too
 * @param sort            the order
 * @param ids             only these payors (a batch get); empty for any
 */
public record PayorSearch(String name, Set<PayorType> types, Set<PayorStatus> statuses, Set<String> states,
                          Long minLives, String ediPayerId, boolean includeArchived, PayorSort sort, Set<UUID> ids) {
    public PayorSearch {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? PayorSort.NAME : sort;
    }
}
