package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.Escalator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a proposal asks for, from {@code effectiveDate} on; a null field keeps what is in force.
 *
 * @param rateChanges per-code rate changes, no code in two of them
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

    /**
     * A rate change of a set of codes.
     * <ul>
     * <li>ABSOLUTE: each code is paid {@code amount} (USD per unit, FIXED);</li>
     * <li>PERCENT_CHANGE: each code's own rate moves by {@code percent} (-5 is 5% less);</li>
     * <li>PERCENT_OF_MEDICARE: each code is paid {@code percent} of the reference schedule's fee.</li>
     * </ul>
     */
    public record RateChange(Kind kind, List<String> codes, BigDecimal amount, BigDecimal percent) {

        /** How a rate change sets the rate. */
        public enum Kind { ABSOLUTE, PERCENT_CHANGE, PERCENT_OF_MEDICARE }

        public RateChange {
            codes = codes == null ? List.of() : codes.stream().map(String::toUpperCase).toList();
        }
    }

    /** Administrative terms; null keeps what is in force. */
    public record TermChanges(Integer paymentDays, Integer timelyFilingDays, BigDecimal lesserOfPercent) {
    }
}
