package com.payorcontracts.contract.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a contract is in its life. Drafts and contracts under negotiation are edited freely; an
 * active contract changes only by amendment; expired and terminated contracts are history.
 */
public enum ContractStatus {
    DRAFT, NEGOTIATING, ACTIVE, EXPIRED, TERMINATED;

    /** The statuses this one may move to. A negotiation may fall back to a draft or be abandoned. */
    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(NEGOTIATING, TERMINATED);
            case NEGOTIATING -> EnumSet.of(DRAFT, ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> EnumSet.noneOf(ContractStatus.class);
        };
    }

    /** Whether terms may be replaced outright rather than amended. */
    public boolean editable() {
        return this == DRAFT || this == NEGOTIATING;
    }
}
