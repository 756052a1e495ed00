package com.payorcontracts.platform.csv;

import com.payorcontracts.platform.input.InputLimits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV record by record: comma separated, fields optionally in double quotes with
 * "" for a quote inside (and line breaks inside quotes), CRLF or LF line ends, a leading byte-order
 * mark ignored, blank lines skipped. Streams, so a large file is never held whole. Records are
 * numbered by the line they start on, as a person counts in an editor. A control character other
 * than tab and the line breaks ({@code InputLimits.text}) makes the file not CSV: nothing of it may
 * reach the database, which refuses a NUL.
 */
public final class CsvReader {

    private final BufferedReader in;
    private int line;
    private int recordStart;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 64 * 1024);
    }

    /** One record and the line it starts on (the header is usually 1). */
    public record Row(int number, List<String> fields) {
    }

    /** Every record of a small input, for callers that want them all at once. */
    public static List<Row> readAll(Reader in) throws IOException {
        CsvReader csv = new CsvReader(in);
        List<Row> rows = new ArrayList<>();
        List<String> fields;
        while ((fields = csv.next()) != null) {
            rows.add(new Row(csv.recordNumber(), fields));
        }
        return rows;
    }

    /** The line the record last read starts on, from 1. */
    public int recordNumber() {
        return recordStart;
    }

    /** The next record's fields, or null at the end. */
    public List<String> next() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } while (text.isBlank());
        recordStart = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean closedQuote = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                // A quoted field may hold a line break: go on with the next physical line.
                String more = in.readLine();
                if (more == null) {
                    throw new CsvFormatException(recordStart, "a quoted field opened on line " + recordStart + " is never closed");
                }
                line++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (InputLimits.refused(c)) {
                throw new CsvFormatException(recordStart, String.format("line %d, field %d has a control character (U+%04X)",
                        line, fields.size() + 1, (int) c));
            }
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    closedQuote = true;
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                closedQuote = false;
            } else if (closedQuote) {
                throw new CsvFormatException(recordStart, "line " + line + " has text after a closing quote");
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** A file that is not CSV at all, as opposed to a CSV with bad values. */
    public static class CsvFormatException extends RuntimeException {
        private final int row;

        public CsvFormatException(int row, String message) {
            super(message);
            this.row = row;
        }

        /** The line the bad record starts on. */
        public int row() {
            return row;
        }
    }
}
