package com.payorcontracts.x12.remittance;

import java.util.List;

/**
 * The payer (N1*PR) or payee (N1*PE) of a remittance: organizations or providers, never patients.
 *
 * @param entityCode N101, {@code PR} or {@code PE}
 * @param name N102
 * @param idQualifier N103, e.g. {@code XX} NPI, {@code FI} tax id, {@code XV} CMS plan id; null when absent
 * @param id N104, null when absent
 * @param references REF segments of the party's loop, e.g. {@code TJ} tax id of the payee, {@code 2U} payer id
 */
public record Party(String entityCode, String name, String idQualifier, String id, List<Reference> references) {

    public Party {
        references = List.copyOf(references);
    }

    /** The value of the first REF with this qualifier, or null. */
    public String reference(String qualifier) {
        return references.stream().filter(r -> r.qualifier().equals(qualifier)).map(Reference::value)
                .findFirst().orElse(null);
    }
}
