package com.payorcontracts.platform.input;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The limits every value that enters a service is held to before any arithmetic or storage: dates
 * from 1900 through 2199, decimals no wider than the widest money column, text without control
 * characters. JSON bodies (InputLimitsModule), query parameters (InputLimitsParamConverters) and
 * every CSV reader go through here; a failure is an {@link InvalidInputException} whose message
 * never holds more than a short prefix of the value.
 */
public final class InputLimits {

    /** The earliest date any service accepts. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date any service accepts. */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);
    /** Digits before the point of the widest decimal column, numeric(14,2). */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** Digits after the point of the finest decimal column, numeric(9,4), with room for trailing zeros. */
    public static final int MAX_FRACTION_DIGITS = 6;
    /** The longest decimal text worth reading: sign, 12 digits, point, 6 digits, and some slack. */
    public static final int MAX_DECIMAL_LENGTH = 40;
    /** How much of a refused value an error message shows. */
    static final int SHOWN = 24;

    private InputLimits() {
    }

    /** The date, if it lies within {@link #MIN_DATE} and {@link #MAX_DATE}. */
    public static LocalDate date(LocalDate value) {
        if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
            throw new InvalidInputException("must be a date from " + MIN_DATE + " through " + MAX_DATE);
        }
        return value;
    }

    /**
     * The decimal, if it has at most {@link #MAX_INTEGER_DIGITS} digits before the point and
     * {@link #MAX_FRACTION_DIGITS} after it. Only precision and scale are read, never the expanded value,
     * so a {@code 1e999999999} costs nothing. Callers bound the length of the digits (a JSON number,
     * {@link #MAX_DECIMAL_LENGTH} for text).
     */
    public static BigDecimal decimal(BigDecimal value) {
        return decimal(value, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }

    /** The decimal, if it has at most {@code integer} digits before the point and {@code fraction} after it. */
    public static BigDecimal decimal(BigDecimal value, int integer, int fraction) {
        if (value == null) {
            return null;
        }
        // precision - scale is the number of digits before the point (negative for 0.00x).
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > integer) {
            throw new InvalidInputException("must have at most " + integer + " digits before the decimal point");
        }
        // 2.500000000 is 2.5 written long; only decimals that carry a digit count.
        if (value.scale() > fraction && value.stripTrailingZeros().scale() > fraction) {
            throw new InvalidInputException("must have at most " + fraction + " decimals");
        }
        return value;
    }

    /** A decimal read from text (a CSV cell), with the limits of {@link #decimal(BigDecimal, int, int)}. */
    public static BigDecimal parseDecimal(String text, int integer, int fraction) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_DECIMAL_LENGTH) {
            throw new InvalidInputException("'" + shown(text) + "' is not a number of at most " + integer + " digits");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + shown(text) + "' is not a number");
        }
        return decimal(value, integer, fraction);
    }

    /** The text, if it holds no control character other than tab, line feed and carriage return. */
    public static String text(String value) {
        int bad = controlCharacterAt(value);
        if (bad >= 0) {
            throw new InvalidInputException(String.format("must not contain control characters (U+%04X at position %d)",
                    (int) value.charAt(bad), bad + 1));
        }
        return value;
    }

    /** The index of the first control character other than tab, LF and CR, or -1. */
    public static int controlCharacterAt(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (refused(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a character is a control character text may not hold: C0 but tab, LF and CR; DEL; C1. */
    public static boolean refused(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** At most a short prefix of a value, for an error message: never the whole of a hostile input. */
    public static String shown(Object value) {
        String text = String.valueOf(value);
        StringBuilder shown = new StringBuilder(SHOWN + 1);
        for (int i = 0; i < text.length() && shown.length() < SHOWN; i++) {
            char c = text.charAt(i);
            shown.append(c < 0x20 || refused(c) ? '?' : c);
        }
        return text.length() > SHOWN ? shown + "…" : shown.toString();
    }

    /** A value outside the limits; the message names what is allowed and shows at most a prefix of the value. */
    public static class InvalidInputException extends IllegalArgumentException {
        public InvalidInputException(String message) {
            super(message);
        }
    }
}
