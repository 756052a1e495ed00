package com.payorcontracts.analytics.domain.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Simple interest on a late payment: paid x annual rate x late days / 365, HALF_UP to the cent (the
 * days-to-pay report and the late-payment alert compute it here, so they agree to the cent).
 */
public final class LateInterest {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private LateInterest() {
    }

    /** Interest on {@code paid} (negative counts as 0) at {@code annualPercent} (12 = 12% a year) for {@code lateDays}. */
    public static BigDecimal owed(BigDecimal paid, BigDecimal annualPercent, int lateDays) {
        return paid.max(BigDecimal.ZERO).multiply(annualPercent).movePointLeft(2)
                .multiply(BigDecimal.valueOf(lateDays)).divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
    }
}
