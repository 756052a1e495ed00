package com.payorcontracts.pricing;

import java.math.BigDecimal;

/**
 * How lesser-of decided a line: the percentage of billed charges it compared with, that limit,
 * and which side was lower and paid.
 *
 * @param percent the percentage of billed charges (80 means 80%)
 * @param chargeLimit that percentage of the line's charge (of its bundle's charges for a case
 *     rate), to the cent, HALF_UP
 * @param winner RATE when the computed amount was at or below the limit, CHARGES when the limit was lower
 */
public record LesserOf(BigDecimal percent, BigDecimal chargeLimit, Side winner) {

    /** Which side of "the lesser of the rate and N% of billed charges" paid the line. */
    public enum Side {
        RATE, CHARGES
    }

    public LesserOf {
        Require.nonNull(percent, "LesserOf.percent");
        Require.nonNull(chargeLimit, "LesserOf.chargeLimit");
        Require.nonNull(winner, "LesserOf.winner");
    }
}
