package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Input checks shared by the records' compact constructors; every message names the field.
 *
 * <p>Code, modifier and place-of-service formats are checked character by character rather
 * than with a regex because claim lines are built by the million.
 */
final class Require {

    static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal ONE_THOUSAND = BigDecimal.valueOf(1000);

    private Require() {
    }

    static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** A money amount: present and not negative. */
    static BigDecimal amount(BigDecimal value, String field) {
        nonNull(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value.toPlainString());
        }
        return value;
    }

    /** A percentage (110 means 110%) between 0 and {@code max} inclusive. */
    static BigDecimal percent(BigDecimal value, String field, BigDecimal max) {
        nonNull(value, field);
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    field + " must be a percentage between 0 and " + max + ": " + value.toPlainString());
        }
        return value;
    }

    /** A percentage (80 means 80%) above 0 and at most {@code max}: a cap of 0% would pay nothing at all. */
    static BigDecimal positivePercent(BigDecimal value, String field, BigDecimal max) {
        nonNull(value, field);
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    field + " must be a percentage above 0 and at most " + max + ": " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal absent(BigDecimal value, String field, RateMethod method) {
        if (value != null) {
            throw new IllegalArgumentException(field + " is not used by " + method + " and must be null");
        }
        return null;
    }

    /**
     * A CPT/HCPCS code, upper-cased: five digits (99213), four digits + F, T or U (3074F,
     * 0042T, 0001U), or a letter + four digits (G0008, J1885).
     */
    static String procedureCode(String value, String field) {
        nonNull(value, field);
        String code = value.toUpperCase(Locale.ROOT);
        if (!isProcedureCode(code)) {
            throw new IllegalArgumentException(field + " must be a CPT/HCPCS code (five digits, four digits"
                    + " + F, T or U, or a letter + four digits): '" + value + "'");
        }
        return code;
    }

    /** A modifier, upper-cased: two letters or digits (50, LT, AS). */
    static String modifier(String value, String field) {
        nonNull(value, field);
        String modifier = value.toUpperCase(Locale.ROOT);
        if (modifier.length() != 2 || !isAlphanumeric(modifier.charAt(0)) || !isAlphanumeric(modifier.charAt(1))) {
            throw new IllegalArgumentException(field + " must be two letters or digits: '" + value + "'");
        }
        return modifier;
    }

    /** A CMS place-of-service code: two digits (11 office, 22 outpatient hospital). */
    static String placeOfService(String value, String field) {
        nonNull(value, field);
        if (value.length() != 2 || !isDigit(value.charAt(0)) || !isDigit(value.charAt(1))) {
            throw new IllegalArgumentException(field + " must be two digits: '" + value + "'");
        }
        return value;
    }

    private static boolean isProcedureCode(String code) {
        if (code.length() != 5) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (!isDigit(code.charAt(i))) {
                return false;
            }
        }
        char first = code.charAt(0);
        char last = code.charAt(4);
        if (isDigit(first)) {
            return isDigit(last) || last == 'F' || last == 'T' || last == 'U';
        }
        return isLetter(first) && isDigit(last);
    }

    private static boolean isAlphanumeric(char c) {
        return isDigit(c) || isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
