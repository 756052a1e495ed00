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
    private static final DateTimeFormatter CCYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public Segment {
        elements = List.copyOf(elements);
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
        try {
            return LocalDate.parse(value, CCYYMMDD);
        } catch (DateTimeParseException e) {
            throw problem(name(n) + " (" + meaning + ") '" + value + "' is not a CCYYMMDD date");
        }
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
        if (!DECIMAL.matcher(value).matches()) {
            throw problem(name(n) + " (" + meaning + ") '" + value + "' is not a number");
        }
        return new BigDecimal(value);
    }

    /** Deliberately omits element values: segments can carry patient data that must not reach logs. */
    @Override
    public String toString() {
        return "segment " + position + " (" + id + ")";
    }
}
