package com.payorcontracts.analytics.repository;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL COPY in its text format, both ways: bulk writes and streamed reads that a batch of
 * INSERTs or a JDBC result set could not keep up with.
 */
public final class CopyText {

    private CopyText() {
    }

    static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Rows for one {@code COPY table (columns) FROM STDIN}, buffered, then written with {@link #copyInto}. */
    public static final class Rows {
        private final StringBuilder text = new StringBuilder(1 << 16);
        private boolean atRowStart = true;
        private int count;

        public Rows add(Object value) {
            if (!atRowStart) {
                text.append('\t');
            }
            atRowStart = false;
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof String string) {
                escape(text, string);
            } else {
                // UUIDs, numbers, dates and booleans never hold a character COPY would need escaped.
                text.append(value);
            }
            return this;
        }

        public Rows end() {
            text.append('\n');
            atRowStart = true;
            count++;
            return this;
        }

        public int count() {
            return count;
        }

        public boolean isEmpty() {
            return count == 0;
        }

        /** Writes the rows with {@code COPY <target> FROM STDIN}; target is {@code table (col, ...)}. */
        public void copyInto(Connection connection, String target) throws SQLException {
            if (count > 0) {
                CopyText.copyInto(connection, target, bytes());
            }
            text.setLength(0);
            count = 0;
        }

        /** The rows as COPY text, UTF-8. */
        public byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes rows already in COPY text form with {@code COPY <target> FROM STDIN}. */
    public static void copyInto(Connection connection, String target, byte[] rows) throws SQLException {
        if (rows.length == 0) {
            return;
        }
        CopyIn copy = copyManager(connection).copyIn("COPY " + target + " FROM STDIN");
        try {
            copy.writeToCopy(rows, 0, rows.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A COPY FROM STDIN kept open while rows are produced, flushed every megabyte. */
    public static final class Stream implements AutoCloseable {
        private final CopyIn copy;
        private final Rows rows = new Rows();
        private long written;

        public Stream(Connection connection, String target) throws SQLException {
            this.copy = copyManager(connection).copyIn("COPY " + target + " FROM STDIN");
        }

        public Rows row() {
            return rows;
        }

        /** Call after each row; sends the buffer when it is big enough. */
        public void rowDone() throws SQLException {
            rows.end();
            if (rows.text.length() >= 1 << 20) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = rows.text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            written += rows.count;
            rows.text.setLength(0);
            rows.count = 0;
        }

        /** Sends what is left and ends the COPY; the number of rows written. */
        public long finish() throws SQLException {
            flush();
            copy.endCopy();
            return written;
        }

        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Streams {@code COPY (query) TO STDOUT}, one row of fields at a time ({@code null} for NULL). */
    public static final class Reader implements AutoCloseable {
        private final PGCopyInputStream in;
        private final BufferedReader lines;
        private final List<String> fields = new ArrayList<>(16);

        public Reader(Connection connection, String query) throws SQLException {
            this.in = new PGCopyInputStream(connection.unwrap(PGConnection.class), "COPY (" + query + ") TO STDOUT");
            this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }

        /** The next row's fields, or null at the end. The list is reused: copy what you keep. */
        public List<String> next() {
            String line;
            try {
                line = lines.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                return null;
            }
            fields.clear();
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == '\t') {
                    fields.add(unescape(line, start, i));
                    start = i + 1;
                }
            }
            return fields;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static void escape(StringBuilder out, String value) {
        // indexOf is vectorized; almost no value holds any of these.
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static String unescape(String line, int from, int to) {
        if (to - from == 2 && line.charAt(from) == '\\' && line.charAt(from + 1) == 'N') {
            return null;
        }
        if (line.indexOf('\\', from) < 0 || line.indexOf('\\', from) >= to) {
            return line.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char next = line.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
