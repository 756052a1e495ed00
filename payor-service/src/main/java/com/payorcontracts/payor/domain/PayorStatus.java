package com.payorcontracts.payor.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a payor stands in the targeting pipeline. The pipeline only moves forward; DECLINED and
 * TERMINATED are the exits, and a payor that left may be researched again later.
 */
public enum PayorStatus {
    PROSPECT, RESEARCHING, TARGETED, NEGOTIATING, CONTRACTED, DECLINED, TERMINATED;

    private static final Map<PayorStatus, Set<PayorStatus>> NEXT = Map.of(
            PROSPECT, EnumSet.of(RESEARCHING, DECLINED),
            RESEARCHING, EnumSet.of(TARGETED, DECLINED),
            TARGETED, EnumSet.of(NEGOTIATING, DECLINED),
            NEGOTIATING, EnumSet.of(CONTRACTED, DECLINED),
            // A contract ends by termination; declining something already signed makes no sense.
            CONTRACTED, EnumSet.of(TERMINATED),
            // Markets change: a payor once declined or terminated can be looked at again.
            DECLINED, EnumSet.of(RESEARCHING),
            TERMINATED, EnumSet.of(RESEARCHING));

    /** The statuses this one may move to, in pipeline order. */
    public Set<PayorStatus> allowedNext() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    public boolean canMoveTo(PayorStatus next) {
        return NEXT.get(this).contains(next);
    }
}
