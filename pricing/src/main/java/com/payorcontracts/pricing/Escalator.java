package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * An annual rate increase, compounded: on a date of service the rates of the methods it applies
 * to are multiplied by {@code (1 + annualPercent/100)^n}, where n is the number of anniversaries
 * on or before that date (the first anniversary counts as 1), capped at {@code years}.
 *
 * <p>The factor is kept to {@link MathContext#DECIMAL128}; the amount it multiplies is rounded
 * to the cent only once, at the end of the line.
 *
 * @param annualPercent e.g. 3 for 3% a year; 0 to 100
 * @param firstAnniversary the first date the increase takes effect
 * @param years how many increases at most; 1 to 100
 * @param appliesTo methods whose rates escalate; null means FIXED, PER_DIEM and CASE_RATE
 */
public record Escalator(BigDecimal annualPercent, LocalDate firstAnniversary, int years, Set<RateMethod> appliesTo) {

    private static final int MAX_YEARS = 100;

    public Escalator {
        Require.percent(annualPercent, "Escalator.annualPercent", Require.ONE_HUNDRED);
        Require.nonNull(firstAnniversary, "Escalator.firstAnniversary");
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("Escalator.years must be between 1 and " + MAX_YEARS + ": " + years);
        }
        appliesTo = appliesTo == null
                ? Set.copyOf(EnumSet.of(RateMethod.FIXED, RateMethod.PER_DIEM, RateMethod.CASE_RATE))
                : Set.copyOf(appliesTo);
    }

    /** Escalates FIXED, PER_DIEM and CASE_RATE rates. */
    public Escalator(BigDecimal annualPercent, LocalDate firstAnniversary, int years) {
        this(annualPercent, firstAnniversary, years, null);
    }

    /** Anniversaries passed on or before the date of service, capped at {@code years}. */
    public int anniversariesPassed(LocalDate dateOfService) {
        if (dateOfService.isBefore(firstAnniversary)) {
            return 0;
        }
        long whole = ChronoUnit.YEARS.between(firstAnniversary, dateOfService);
        // plusYears clamps 29 February to the 28th, which YEARS.between does not count as a
        // full year; trust the anniversary date itself.
        long passed = whole + 1;
        if (!firstAnniversary.plusYears(whole + 1).isAfter(dateOfService)) {
            passed++;
        }
        return (int) Math.min(passed, years);
    }

    /** The multiplier for a date of service; exactly 1 before the first anniversary. */
    public BigDecimal factor(LocalDate dateOfService) {
        return factorAfter(anniversariesPassed(dateOfService));
    }

    BigDecimal factorAfter(int anniversaries) {
        if (anniversaries == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.add(annualPercent.movePointLeft(2)).pow(anniversaries, MathContext.DECIMAL128);
    }
}
