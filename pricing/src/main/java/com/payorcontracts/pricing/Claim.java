package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim to price: its date of service, its billing class and its lines, in billed order.
 *
 * @param dateOfService picks the contract period and the escalator year
 * @param billingClass null when unknown; matches fee-schedule rows narrowed by billing class
 * @param lines at least one
 */
public record Claim(LocalDate dateOfService, BillingClass billingClass, List<ClaimLine> lines) {

    public Claim {
        Require.nonNull(dateOfService, "Claim.dateOfService");
        lines = List.copyOf(Require.nonNull(lines, "Claim.lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Claim.lines must not be empty");
        }
    }

    /** The sum of the lines' billed charges, which stop-loss compares with its threshold. */
    public BigDecimal totalBilledCharges() {
        BigDecimal total = BigDecimal.ZERO;
        for (ClaimLine line : lines) {
            total = total.add(line.billedCharge());
        }
        return total;
    }
}
