package com.payorcontracts.contract.domain.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which codes need prior authorization with one payor on a date: a code does when any of the payor's
 * UM policies for it in force that day requires it (with any modifier: a billing office would rather
 * ask once too often than have a claim denied). Removed policies are not given to it.
 */
public final class PriorAuthorization {

    private static final PriorAuthorization NONE = new PriorAuthorization(List.of());

    private final Map<String, List<UmPolicy>> byCode = new HashMap<>();

    private PriorAuthorization(Collection<UmPolicy> policies) {
        for (UmPolicy policy : policies) {
            byCode.computeIfAbsent(policy.code(), c -> new ArrayList<>(1)).add(policy);
        }
    }

    /** The rules of one payor's policies. */
    public static PriorAuthorization of(Collection<UmPolicy> policies) {
        return policies.isEmpty() ? NONE : new PriorAuthorization(policies);
    }

    /** Whether the code needs prior authorization on the date. */
    public boolean required(String code, LocalDate date) {
        for (UmPolicy policy : byCode.getOrDefault(code, List.of())) {
            if (policy.priorAuthRequired() && policy.inForceOn(date)) {
                return true;
            }
        }
        return false;
    }
}
