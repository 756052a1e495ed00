package com.payorcontracts.transparency;

import java.util.List;

/**
 * One provider group a rate applies to: a TIN and its NPIs.
 *
 * @param tinType {@code ein} or {@code npi} (a sole practitioner without an EIN)
 * @param tin the TIN as written in the file
 * @param npis the group's NPIs; empty for a TIN-only group (the file's {@code npi: [0]})
 */
public record Provider(String tinType, String tin, List<Long> npis) {

    public Provider {
        npis = List.copyOf(npis);
    }

    /** Whether the file named no individual NPI ({@code npi: [0]}): the rate is the TIN's. */
    public boolean tinOnly() {
        return npis.isEmpty();
    }

    /** The TIN without its hyphen, so {@code 12-3456789} and {@code 123456789} are one provider. */
    public String tinKey() {
        return tin.replace("-", "");
    }
}
