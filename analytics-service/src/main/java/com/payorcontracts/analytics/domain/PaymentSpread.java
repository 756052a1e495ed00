package com.payorcontracts.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A remittance claim paid without service lines: its payment and patient responsibility are
 * spread over the billed lines in proportion to their billed charges. Each line but the last gets
 * amount x (its charge / total charge), the fraction to 10 places and the share HALF_UP to the
 * cent; the last line gets what is left, so the shares always add up to the claim's amounts.
 */
public final class PaymentSpread {

    /** One line's share. */
    public record Share(BigDecimal paid, BigDecimal patientResponsibility) {
    }

    private PaymentSpread() {
    }

    /** The shares of the first {@code count} lines billed {@code billed}. */
    public static Share[] byBilledCharge(BigDecimal claimPaid, BigDecimal claimPatientResponsibility,
                                         BigDecimal[] billed, int count) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            total = total.add(billed[i]);
        }
        Share[] shares = new Share[count];
        BigDecimal paidLeft = claimPaid;
        BigDecimal prLeft = claimPatientResponsibility;
        for (int i = 0; i < count; i++) {
            BigDecimal paidShare = paidLeft;
            BigDecimal prShare = prLeft;
            if (i < count - 1) {
                BigDecimal fraction = total.signum() == 0 ? BigDecimal.ZERO
                        : billed[i].divide(total, 10, RoundingMode.HALF_UP);
                paidShare = claimPaid.multiply(fraction).setScale(2, RoundingMode.HALF_UP);
                prShare = claimPatientResponsibility.multiply(fraction).setScale(2, RoundingMode.HALF_UP);
            }
            paidLeft = paidLeft.subtract(paidShare);
            prLeft = prLeft.subtract(prShare);
            shares[i] = new Share(paidShare, prShare);
        }
        return shares;
    }
}
