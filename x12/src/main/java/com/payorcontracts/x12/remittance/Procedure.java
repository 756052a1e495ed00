package com.payorcontracts.x12.remittance;

import java.util.List;

/**
 * A composite service id from SVC01 or SVC06.
 *
 * @param qualifier e.g. {@code HC} HCPCS/CPT, {@code AD} ADA, {@code NU} revenue code, {@code N4} NDC
 * @param modifiers up to four procedure modifiers, in order, blanks removed
 */
public record Procedure(String qualifier, String code, List<String> modifiers) {

    public Procedure {
        modifiers = List.copyOf(modifiers);
    }
}
