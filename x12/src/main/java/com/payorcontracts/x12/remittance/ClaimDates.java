package com.payorcontracts.x12.remittance;

import java.time.LocalDate;

/**
 * Claim-level DTM dates; each is null when the claim does not carry it.
 *
 * @param received DTM*050, claim received by the payer
 * @param statementFrom DTM*232, claim statement period start
 * @param statementTo DTM*233, claim statement period end
 * @param coverageExpiration DTM*036, coverage expiration
 */
public record ClaimDates(LocalDate received, LocalDate statementFrom, LocalDate statementTo,
        LocalDate coverageExpiration) {

    static final ClaimDates NONE = new ClaimDates(null, null, null, null);
}
