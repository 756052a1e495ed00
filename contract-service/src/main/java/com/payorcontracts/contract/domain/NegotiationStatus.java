package com.payorcontracts.contract.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a negotiation is. It opens with its first proposal, every further proposal counters the
 * one before; accepting, rejecting or withdrawing ends it.
 */
public enum NegotiationStatus {
    OPEN, COUNTERED, ACCEPTED, REJECTED, WITHDRAWN;

    /** The statuses this one may move to (a counter-proposal moves to COUNTERED). */
    public Set<NegotiationStatus> next() {
        return switch (this) {
            case OPEN, COUNTERED -> EnumSet.of(COUNTERED, ACCEPTED, REJECTED, WITHDRAWN);
            case ACCEPTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(NegotiationStatus.class);
        };
    }
}
