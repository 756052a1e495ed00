package com.payorcontracts.transparency.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a rate below the market median leaves on the table. */
public final class Opportunity {

    private Opportunity() {
    }

    /**
     * {@code volume} &times; ({@code p50} - {@code ownRate}) when the own rate is below the median,
     * else zero; in cents HALF_UP. Zero when there is no median.
     */
    public static BigDecimal of(long volume, BigDecimal ownRate, BigDecimal p50) {
        if (p50 == null || ownRate.compareTo(p50) >= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return p50.subtract(ownRate).multiply(BigDecimal.valueOf(volume)).setScale(2, RoundingMode.HALF_UP);
    }
}
