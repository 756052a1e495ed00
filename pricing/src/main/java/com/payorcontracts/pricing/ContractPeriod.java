package com.payorcontracts.pricing;

import java.time.LocalDate;

/**
 * The dates a contract's terms are in force, both inclusive.
 *
 * @param effective first date of service the terms price
 * @param expiration last date of service the terms price; null while the contract is evergreen
 */
public record ContractPeriod(LocalDate effective, LocalDate expiration) {

    public ContractPeriod {
        Require.nonNull(effective, "ContractPeriod.effective");
        if (expiration != null && expiration.isBefore(effective)) {
            throw new IllegalArgumentException(
                    "ContractPeriod.expiration " + expiration + " is before effective " + effective);
        }
    }

    public boolean contains(LocalDate dateOfService) {
        return !dateOfService.isBefore(effective) && (expiration == null || !dateOfService.isAfter(expiration));
    }

    @Override
    public String toString() {
        return effective + ".." + (expiration == null ? "" : expiration);
    }
}
