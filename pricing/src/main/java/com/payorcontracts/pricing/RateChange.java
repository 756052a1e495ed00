package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A negotiation proposal's change of the rate of a set of codes (see {@link ProposedRates} for how
 * it becomes fee-schedule lines).
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
