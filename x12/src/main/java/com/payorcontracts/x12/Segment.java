package com.payorcontracts.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One X12 segment as read: its position in the input, its id and its raw element values.
 *
 * <p>Elements are numbered as in the implementation guides: {@code element(1)} of {@code CLP*A*1*10}
 * is {@code "A"}. Typed accessors convert X12 data types and fail with an {@link X12ReadException}
 * naming this segment, so callers never build position messages themselves.
 */
public record Segment(int position, String id, List<String> elements, Delimiters delimiters) {

    // X12 "R" (decimal) and "N" values: optional leading minus, digits with at most one decimal
    // point; no exponent, no plus sign, no thousands separator.
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    // The X12 R (decimal) type is at most 18 characters; longer is not an amount, and costs CPU to read.
    private static final int MAX_DECIMAL_LENGTH = 18;
    // The same date range as platform's InputLimits, which x12 (plain Java) cannot depend on.
    private static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);
    private static final DateTimeFormatter CCYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public Segment {
        elements = List.copyOf(elements);
        // A NUL or another control character is never data (PostgreSQL refuses a NUL outright).
        for (int i = 0; i < elements.size(); i++) {
            String element = elements.get(i);
            for (int c = 0; c < element.length(); c++) {
                char ch = element.charAt(c);
                if (ch < 0x20 ? ch != '\t' && ch != '\n' && ch != '\r' : ch >= 0x7F && ch <= 0x9F) {
                    throw new X12ReadException(position, id, String.format("%s%s%d has a control character (U+%04X)",
                            id, i + 1 < 10 ? "0" : "", i + 1, (int) ch));
                }
            }
        }
    }

    /** Number of elements after the id, trailing empty ones included as written. */
    public int elementCount() {
        return elements.size();
    }

    /** Element n (1-based) as written, or "" when absent. */
    public String element(int n) {
        return n >= 1 && n <= elements.size() ? elements.get(n - 1) : "";
    }

    public boolean has(int n) {
        return !element(n).isEmpty();
    }

    /** Element n, failing when it is blank. */
    public String required(int n, String meaning) {
        String value = element(n);
        if (value.isEmpty()) {
            throw problem(name(n) + " (" + meaning + ") is missing");
        }
        return value;
    }

    /** Element n or null when blank. */
    public String optional(int n) {
        String value = element(n);
        return value.isEmpty() ? null : value;
    }

    /** Element n as an exact decimal, scale as written ({@code 34.6} stays {@code 34.6}). */
    public BigDecimal decimal(int n, String meaning) {
        return toDecimal(n, required(n, meaning), meaning);
    }

    /** Element n as an exact decimal, or null when blank. */
    public BigDecimal optionalDecimal(int n, String meaning) {
        String value = element(n);
        return value.isEmpty() ? null : toDecimal(n, value, meaning);
    }

    /** Element n as a CCYYMMDD date. */
    public LocalDate date(int n, String meaning) {
        String value = required(n, meaning);
        LocalDate date;
        try {
            date = LocalDate.parse(value, CCYYMMDD);
        } catch (DateTimeParseException e) {
            throw problem(name(n) + " (" + meaning + ") '" + shown(value) + "' is not a CCYYMMDD date");
        }
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw problem(name(n) + " (" + meaning + ") must be a date from " + MIN_DATE + " through " + MAX_DATE);
        }
        return date;
    }

    /** Element n as a CCYYMMDD date, or null when blank. */
    public LocalDate optionalDate(int n, String meaning) {
        return has(n) ? date(n, meaning) : null;
    }

    /** Components of composite element n; empty when the element is blank. */
    public List<String> components(int n) {
        return has(n) ? delimiters.splitComposite(element(n)) : List.of();
    }

    /** An {@link X12ReadException} located at this segment. */
    public X12ReadException problem(String what) {
        return new X12ReadException(position, id, what);
    }

    /** The guide's name of element n, e.g. {@code CLP03}. */
    public String name(int n) {
        return id + (n < 10 ? "0" : "") + n;
    }

    private BigDecimal toDecimal(int n, String value, String meaning) {
        if (value.length() > MAX_DECIMAL_LENGTH) {
            throw problem(name(n) + " (" + meaning + ") '" + shown(value) + "' is longer than " + MAX_DECIMAL_LENGTH
                    + " characters, the most an X12 decimal may have");
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw problem(name(n) + " (" + meaning + ") '" + value + "' is not a number");
        }
        return new BigDecimal(value);
    }

    // A bad value is shown only by its first characters: it may be hostile, or patient data.
    private static String shown(String value) {
        return value.length() <= 18 ? value : value.substring(0, 18) + "…";
    }

    /** Deliberately omits element values: segments can carry patient data that must not reach logs. */
    @Override
    public String toString() {
        return "segment " + position + " (" + id + ")";
    }
}
