package com.payorcontracts.contract.service.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV record by record: comma separated, fields optionally in double quotes with
 * "" for a quote inside, CRLF or LF line ends. Streams, so a large file is never held whole.
 */
public final class CsvReader {

    private final BufferedReader in;
    private int record;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 64 * 1024);
    }

    /** The number of the record last read, from 1. */
    public int recordNumber() {
        return record;
    }

    /** The next record's fields, or null at the end; blank lines are skipped. */
    public List<String> next() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return null;
            }
            record++;
        } while (line.isBlank());
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    break;
                }
                // A quoted field may hold a line break: go on with the next physical line.
                String more = in.readLine();
                if (more == null) {
                    throw new CsvFormatException(record, "a quoted field is not closed");
                }
                field.append('\n');
                line = more;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
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

        public int row() {
            return row;
        }
    }
}
