package com.payorcontracts.transparency;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which providers to keep: those whose TIN or one of whose NPIs is listed; everyone when both
 * lists are empty. A provider group is kept or dropped whole.
 */
public record MarketScope(Set<String> tins, Set<Long> npis) {

    /** Every provider in the file. */
    public static final MarketScope ALL = new MarketScope(Set.of(), Set.of());

    public MarketScope {
        // 12-3456789 and 123456789 are the same EIN.
        tins = tins.stream().map(t -> t.replace("-", "")).collect(Collectors.toUnmodifiableSet());
        npis = Set.copyOf(npis);
    }

    /** Whether no provider is filtered out. */
    public boolean all() {
        return tins.isEmpty() && npis.isEmpty();
    }

    boolean includes(String tin, long[] groupNpis) {
        if (all() || tins.contains(tin.replace("-", ""))) {
            return true;
        }
        for (long npi : groupNpis) {
            if (npis.contains(npi)) {
                return true;
            }
        }
        return false;
    }
}
