package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.RateChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a proposal asks for, from {@code effectiveDate} on; a null field keeps what is in force.
 *
 * @param rateChanges per-code rate changes, no code in two of them (the pricing engine's {@link RateChange})
 * @param escalator the escalator asked for (e.g. 3% a year for 3 years)
 * @param terms payment days, timely filing and lesser-of percentage
 * @param newExpirationDate the contract runs to this date (a renewal)
 * @param autoRenew whether the contract renews itself
 */
public record ProposedTerms(LocalDate effectiveDate, List<RateChange> rateChanges, Escalator escalator,
                            TermChanges terms, LocalDate newExpirationDate, Boolean autoRenew) {

    public ProposedTerms {
        rateChanges = rateChanges == null ? List.of() : List.copyOf(rateChanges);
    }

    /** Administrative terms; null keeps what is in force. */
    public record TermChanges(Integer paymentDays, Integer timelyFilingDays, BigDecimal lesserOfPercent) {
    }
}
