package com.payorcontracts.x12;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * Splits an X12 character stream into {@link Segment}s, one at a time, without holding the input.
 *
 * <p>Separators come from each ISA as it is met (element separator at ISA position 3, component
 * separator ISA16, repetition separator ISA11, segment terminator the character after ISA16).
 * Input without an ISA uses {@link Delimiters#conventional()}. Carriage returns and line feeds are
 * dropped wherever they appear unless one of them is the segment terminator: X12 data may not contain
 * them, and senders add them after terminators or wrap long files at a fixed width.
 *
 * <p>Does not close the reader it is given.
 */
public final class X12SegmentReader {

    /** The ISA is fixed-width: 105 characters plus its terminator. */
    public static final int ISA_LENGTH = 106;

    // A terminator that never comes (wrong delimiters, binary input) must fail fast instead of
    // buffering a whole multi-megabyte file as one segment.
    private static final int MAX_SEGMENT_LENGTH = 1 << 16;
    private static final int ISA_SEARCH_LIMIT = 2 * ISA_LENGTH;
    private static final Pattern SEGMENT_ID = Pattern.compile("[A-Z0-9]{2,3}");

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int next;
    private int limit;
    private boolean started;
    private Delimiters delimiters;
    private int position;

    public X12SegmentReader(Reader in) {
        this.in = in;
    }

    /** The separators in effect, or null before the first segment is read. */
    public Delimiters delimiters() {
        return delimiters;
    }

    /** Position of the last segment returned (1-based), 0 before the first. */
    public int position() {
        return position;
    }

    /** The next segment, or null at the end of the input. */
    public Segment next() throws IOException {
        int c = skipBetweenSegments();
        if (c < 0) {
            return null;
        }
        position++;
        if (isIsaAhead()) {
            return readIsa();
        }
        if (delimiters == null) {
            delimiters = Delimiters.conventional();
        }
        return readSegment();
    }

    private Segment readSegment() throws IOException {
        var text = new StringBuilder(128);
        while (true) {
            int c = read();
            if (c < 0) {
                throw truncated(text);
            }
            if (c == delimiters.segment()) {
                return toSegment(text);
            }
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (text.length() == MAX_SEGMENT_LENGTH) {
                throw new X12ReadException(position, idOf(text),
                        "no segment terminator '" + printable(delimiters.segment()) + "' within "
                                + MAX_SEGMENT_LENGTH + " characters; the input is not X12 or uses other separators");
            }
            text.append((char) c);
        }
    }

    private Segment toSegment(CharSequence text) {
        var values = Delimiters.split(text.toString(), delimiters.element());
        String id = values.get(0);
        if (!SEGMENT_ID.matcher(id).matches()) {
            throw new X12ReadException(position, null, "'" + abbreviate(id) + "' is not a segment id (element separator '"
                    + printable(delimiters.element()) + "', segment terminator '" + printable(delimiters.segment()) + "')");
        }
        return new Segment(position, id, values.subList(1, values.size()), delimiters);
    }

    private Segment readIsa() throws IOException {
        var text = new StringBuilder(ISA_LENGTH);
        for (int i = 0; i < 4; i++) {
            text.append((char) read());
        }
        char element = text.charAt(3);
        int separators = 1;
        while (separators < 16) {
            int c = read();
            if (c < 0) {
                throw new X12ReadException(position, "ISA", "input ends inside the ISA (truncated file?)");
            }
            text.append((char) c);
            if (c == element) {
                separators++;
            }
            if (text.length() > ISA_SEARCH_LIMIT) {
                throw new X12ReadException(position, "ISA", "ISA does not have 16 elements separated by '"
                        + printable(element) + "' within " + ISA_SEARCH_LIMIT + " characters");
            }
        }
        int component = read();
        int terminator = read();
        if (component < 0 || terminator < 0) {
            throw new X12ReadException(position, "ISA", "input ends inside the ISA (truncated file?)");
        }
        text.append((char) component).append((char) terminator);
        if (text.length() != ISA_LENGTH) {
            throw new X12ReadException(position, "ISA", "ISA is " + text.length()
                    + " characters long; the fixed-width interchange header must be " + ISA_LENGTH
                    + " (a padded element is too short or too long)");
        }
        if (component == element || Character.isLetterOrDigit(component)) {
            throw new X12ReadException(position, "ISA", "ISA16 '" + printable((char) component)
                    + "' is not a usable component separator");
        }
        if (Character.isLetterOrDigit(terminator) || terminator == element || terminator == component) {
            throw new X12ReadException(position, "ISA", "segment terminator '" + printable((char) terminator)
                    + "' after ISA16 is not a usable separator");
        }
        var values = Delimiters.split(text.substring(0, ISA_LENGTH - 1), element);
        String isa11 = values.get(11);
        // Pre-5010 ISA11 is a standards id (e.g. "U"), not a repetition separator.
        char repetition = isa11.length() == 1 && !Character.isLetterOrDigit(isa11.charAt(0))
                ? isa11.charAt(0) : Delimiters.NOT_DECLARED;
        delimiters = new Delimiters(element, (char) component, repetition, (char) terminator);
        return new Segment(position, "ISA", new ArrayList<>(values.subList(1, values.size())), delimiters);
    }

    private boolean isIsaAhead() throws IOException {
        return peek(0) == 'I' && peek(1) == 'S' && peek(2) == 'A' && peek(3) >= 0
                && !Character.isLetterOrDigit(peek(3)) && peek(3) != ' ';
    }

    /** Skips line breaks (and, before the first segment, a byte-order mark and blanks); returns the next char or -1. */
    private int skipBetweenSegments() throws IOException {
        while (true) {
            int c = peek(0);
            if (c < 0) {
                return -1;
            }
            boolean lineBreak = (c == '\r' || c == '\n') && (delimiters == null || c != delimiters.segment());
            boolean leadingBlank = !started && (c == '\uFEFF' || Character.isWhitespace(c));
            boolean trailingBlank = c == ' ' || c == '\t';
            if (!lineBreak && !leadingBlank && !(trailingBlank && onlyBlanksRemain())) {
                started = true;
                return c;
            }
            next++;
        }
    }

    // Trailing spaces after the last terminator are padding, not a truncated segment; spaces anywhere
    // else start a segment and make it fail as "not a segment id".
    private boolean onlyBlanksRemain() throws IOException {
        for (int offset = 0; ; offset++) {
            int c = peek(offset);
            if (c < 0) {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
            if (offset >= buffer.length - 1) {
                return false;
            }
        }
    }

    private X12ReadException truncated(CharSequence text) {
        return new X12ReadException(position, idOf(text), "input ends inside this segment: no segment terminator '"
                + printable(delimiters.segment()) + "' (truncated file?)");
    }

    private String idOf(CharSequence text) {
        String head = text.toString();
        int end = head.indexOf(delimiters.element());
        String id = end < 0 ? head : head.substring(0, end);
        return SEGMENT_ID.matcher(id).matches() ? id : null;
    }

    private int read() throws IOException {
        int c = peek(0);
        if (c >= 0) {
            next++;
        }
        return c;
    }

    private int peek(int offset) throws IOException {
        while (next + offset >= limit) {
            if (next > 0) {
                System.arraycopy(buffer, next, buffer, 0, limit - next);
                limit -= next;
                next = 0;
            }
            if (limit == buffer.length) {
                return -1; // lookahead larger than the buffer; callers never need more than a few chars
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                return -1;
            }
            limit += n;
        }
        return buffer[next + offset];
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static String printable(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.valueOf(c);
        };
    }
}
