package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a claim should be paid: its priced lines in claim order and their total.
 *
 * @param lines one per claim line, in claim order
 * @param totalExpected the sum of the lines' rounded amounts, scale 2
 * @param stopLossApplied whether the claim's charges exceeded the stop-loss threshold
 */
public record PricedClaim(List<PricedLine> lines, BigDecimal totalExpected, boolean stopLossApplied) {

    public PricedClaim {
        lines = List.copyOf(Require.nonNull(lines, "PricedClaim.lines"));
        if (Require.nonNull(totalExpected, "PricedClaim.totalExpected").scale() != 2) {
            throw new IllegalArgumentException("PricedClaim.totalExpected must be to the cent: " + totalExpected);
        }
    }

    public PricedLine line(int index) {
        return lines.get(index);
    }
}
