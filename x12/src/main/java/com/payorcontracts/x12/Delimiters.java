package com.payorcontracts.x12;

import java.util.List;

/**
 * The four separators of an X12 interchange.
 *
 * <p>{@link #NOT_DECLARED} for {@code component} means the input had no ISA to declare one; composite
 * elements are then split on {@code :} unless they use {@code >} instead (both occur in the wild).
 * {@link #NOT_DECLARED} for {@code repetition} means ISA11 held a standards id (pre-5010) rather than
 * a separator.
 */
public record Delimiters(char element, char component, char repetition, char segment) {

    public static final char NOT_DECLARED = '\0';

    /** The separators files without an ISA envelope use by convention: {@code *}, {@code ~}, composite {@code :} or {@code >}. */
    public static Delimiters conventional() {
        return new Delimiters('*', NOT_DECLARED, NOT_DECLARED, '~');
    }

    /** Splits a composite element value into its components (a value without separator is one component). */
    public List<String> splitComposite(String value) {
        char separator = component != NOT_DECLARED ? component : guessComponent(value);
        return split(value, separator);
    }

    static List<String> split(String value, char separator) {
        var parts = new java.util.ArrayList<String>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == separator) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return List.copyOf(parts);
    }

    private static char guessComponent(String value) {
        if (value.indexOf(':') < 0 && value.indexOf('>') >= 0) {
            return '>';
        }
        return ':';
    }
}
