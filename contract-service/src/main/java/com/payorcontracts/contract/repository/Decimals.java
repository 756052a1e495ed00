package com.payorcontracts.contract.repository;

import java.math.BigDecimal;

/** Percentages come back from numeric columns with the column's scale; clients want them as written. */
public final class Decimals {

    private Decimals() {
    }

    /** 110.0000 becomes 110 and 62.5000 becomes 62.5, never 1.1E+2. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
