package com.payorcontracts.analytics.domain;

import java.util.Optional;

/**
 * A claim's frequency code (the third digit of the 837's CLM05, type of bill): how a billing system
 * says whether a claim is new, corrects one it sent before, or cancels it. Only these three are
 * accepted; interim bills (2 to 5) and late charges (6) are not claims this service can reconcile.
 */
public enum ClaimFrequency {
    /** 1: an original claim. */
    ORIGINAL("1"),
    /** 7: replaces every field of the claim sent before under the same claim id. */
    REPLACEMENT("7"),
    /** 8: voids the claim sent before under the same claim id. */
    VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    /** The code as billing systems send it ("1", "7", "8"). */
    public String code() {
        return code;
    }

    /** The frequency a code names; empty for any other code. A missing code is an original. */
    public static Optional<ClaimFrequency> of(String code) {
        if (code == null) {
            return Optional.of(ORIGINAL);
        }
        for (ClaimFrequency frequency : values()) {
            if (frequency.code.equals(code.strip())) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
