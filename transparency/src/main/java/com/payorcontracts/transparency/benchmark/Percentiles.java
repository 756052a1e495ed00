package com.payorcontracts.transparency.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Percentiles (type 7, linear interpolation; see the package doc), mean and percentile rank of sorted amounts. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile (p in [0, 100]) of ascending {@code sorted}, in cents HALF_UP; null when empty. */
    public static BigDecimal of(List<BigDecimal> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " is outside 0..100");
        }
        // h = (n - 1) * p / 100 as an exact fraction: lower index and remainder over 100.
        long scaled = (long) (sorted.size() - 1) * p;
        int lower = (int) (scaled / 100);
        long remainder = scaled % 100;
        BigDecimal value = sorted.get(lower);
        if (remainder != 0) {
            BigDecimal step = sorted.get(lower + 1).subtract(value);
            value = value.add(step.multiply(BigDecimal.valueOf(remainder)).movePointLeft(2));
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The arithmetic mean in cents HALF_UP; null when empty. */
    public static BigDecimal mean(List<BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            sum = sum.add(amount);
        }
        return sum.divide(BigDecimal.valueOf(amounts.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * Where {@code value} stands in ascending {@code sorted}, 0 to 100, to one decimal HALF_UP:
     * 100 &times; (amounts below + half of the amounts equal) / n. Null when empty.
     */
    public static BigDecimal rank(List<BigDecimal> sorted, BigDecimal value) {
        if (sorted.isEmpty()) {
            return null;
        }
        int below = 0;
        int equal = 0;
        for (BigDecimal amount : sorted) {
            int c = amount.compareTo(value);
            if (c < 0) {
                below++;
            } else if (c == 0) {
                equal++;
            }
        }
        // 100 * (below + equal / 2) / n = 50 * (2 * below + equal) / n
        return BigDecimal.valueOf(50L * (2L * below + equal))
                .divide(BigDecimal.valueOf(sorted.size()), 1, RoundingMode.HALF_UP);
    }
}
