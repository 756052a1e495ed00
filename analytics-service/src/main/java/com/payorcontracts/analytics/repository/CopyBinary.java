package com.payorcontracts.analytics.repository;

import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows for {@code COPY ... FROM STDIN (FORMAT binary)}: PostgreSQL stores each value as sent instead of
 * parsing text, which made bulk claim ingest's COPY about a third cheaper on the server. Every value
 * must have exactly its column's type (a uuid for uuid, an int for int4, ...): binary COPY does not cast.
 */
public final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    // PostgreSQL counts dates and timestamps from 2000-01-01.
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long PG_EPOCH_SECOND = PG_EPOCH_DAY * 86_400;

    private CopyBinary() {
    }

    /** One COPY's rows, built in memory: start each row with {@link #row}, then one call per column. */
    public static final class Rows {
        private byte[] buffer = new byte[1 << 16];
        private int size;
        private int count;

        public Rows() {
            put(SIGNATURE, 0, SIGNATURE.length);
            int4(0); // flags
            int4(0); // header extension length
        }

        /** Starts a row of {@code columns} values. */
        public Rows row(int columns) {
            int2(columns);
            count++;
            return this;
        }

        public Rows nul() {
            int4(-1);
            return this;
        }

        public Rows uuid(UUID value) {
            if (value == null) {
                return nul();
            }
            int4(16);
            int8(value.getMostSignificantBits());
            int8(value.getLeastSignificantBits());
            return this;
        }

        public Rows int4Value(int value) {
            int4(4);
            int4(value);
            return this;
        }

        public Rows text(String value) {
            if (value == null) {
                return nul();
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            int4(bytes.length);
            put(bytes, 0, bytes.length);
            return this;
        }

        public Rows text(Enum<?> value) {
            return text(value == null ? null : value.name());
        }

        public Rows date(LocalDate value) {
            if (value == null) {
                return nul();
            }
            int4(4);
            int4((int) (value.toEpochDay() - PG_EPOCH_DAY));
            return this;
        }

        public Rows timestamptz(Instant value) {
            if (value == null) {
                return nul();
            }
            int4(8);
            int8((value.getEpochSecond() - PG_EPOCH_SECOND) * 1_000_000 + value.getNano() / 1_000);
            return this;
        }

        /**
         * A money amount as {@code numeric} with two decimals. The caller has checked it has at most two
         * (claims are validated first); a value with more is refused rather than rounded silently.
         */
        public Rows money(BigDecimal value) {
            if (value == null) {
                return nul();
            }
            long cents = value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
            // numeric's wire form: base-10000 digits aligned on the decimal point, most significant first.
            boolean negative = cents < 0;
            long magnitude = Math.abs(cents);
            long whole = magnitude / 100;
            int fraction = (int) (magnitude % 100) * 100;
            short[] digits = new short[6];
            int groups = 0;
            while (whole > 0) {
                digits[groups++] = (short) (whole % 10_000);
                whole /= 10_000;
            }
            int ndigits = groups + (fraction != 0 ? 1 : 0);
            int weight = groups - 1;
            int start = 0;
            if (groups == 0) {
                weight = fraction != 0 ? -1 : 0;
            } else if (fraction == 0) {
                // Trailing zero groups of the whole part are implied by the weight.
                while (start < groups && digits[start] == 0) {
                    start++;
                    ndigits--;
                }
            }
            int4(8 + 2 * ndigits);
            int2(ndigits);
            int2(weight);
            int2(negative ? 0x4000 : 0);
            int2(2);
            for (int i = groups - 1; i >= start; i--) {
                int2(digits[i]);
            }
            if (fraction != 0) {
                int2(fraction);
            }
            return this;
        }

        public int count() {
            return count;
        }

        /** Writes the rows with {@code COPY <target> FROM STDIN (FORMAT binary)}; target is {@code table (col, ...)}. */
        public void copyInto(Connection connection, String target) throws SQLException {
            if (count == 0) {
                return;
            }
            int2(-1); // trailer
            CopyIn copy = CopyText.copyManager(connection).copyIn("COPY " + target + " FROM STDIN (FORMAT binary)");
            try {
                copy.writeToCopy(buffer, 0, size);
                copy.endCopy();
            } finally {
                size -= 2;
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }

        private void int2(int value) {
            ensure(2);
            buffer[size++] = (byte) (value >>> 8);
            buffer[size++] = (byte) value;
        }

        private void int4(int value) {
            ensure(4);
            buffer[size++] = (byte) (value >>> 24);
            buffer[size++] = (byte) (value >>> 16);
            buffer[size++] = (byte) (value >>> 8);
            buffer[size++] = (byte) value;
        }

        private void int8(long value) {
            int4((int) (value >>> 32));
            int4((int) value);
        }

        private void put(byte[] bytes, int offset, int length) {
            ensure(length);
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
            }
        }
    }
}
