package com.payorcontracts.platform.messaging;

import java.time.Duration;

/**
 * How much of one poll a consumer applies before it commits and polls again: at most
 * {@code records} records, {@code bytes} bytes of keys and values, and {@code time} of handling.
 * The rest of the poll is handed back (the consumer seeks to it) and read by the next poll, so a
 * slow handler or a run of large records (a whole fee schedule per event) never holds one poll past
 * Kafka's {@code max.poll.interval.ms}, which would cost the partitions and replay the batch.
 *
 * @param records at most this many records per poll (also Kafka's {@code max.poll.records})
 * @param bytes   at most this many bytes applied per poll; a single larger record is applied alone
 * @param time    no further record is started after this long; well under {@link #POLL_INTERVAL}
 */
public record BatchLimits(int records, long bytes, Duration time) {

    /** Kafka's {@code max.poll.interval.ms} set on every consumer: the group's patience with one poll. */
    public static final Duration POLL_INTERVAL = Duration.ofMinutes(5);

    /** 100 records, 8 MiB, 60 s: a batch commits at least every minute, five times inside the poll interval. */
    public static final BatchLimits DEFAULT = new BatchLimits(100, 8L * 1024 * 1024, Duration.ofSeconds(60));

    public BatchLimits {
        if (records < 1 || bytes < 1 || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("batch limits must be positive: " + records + " records, " + bytes + " bytes, " + time);
        }
        if (time.compareTo(POLL_INTERVAL.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("a batch's time (" + time + ") must stay under half of max.poll.interval (" + POLL_INTERVAL + ")");
        }
    }

    /**
     * Whether the batch is full before the next record: {@code applied} records of {@code appliedBytes}
     * bytes were applied in {@code elapsed}, and the next one has {@code nextBytes}. The first record
     * of a batch is always applied, so the consumer moves on whatever the limits.
     */
    public boolean full(int applied, long appliedBytes, long nextBytes, Duration elapsed) {
        if (applied == 0) {
            return false;
        }
        return applied >= records || appliedBytes + nextBytes > bytes || elapsed.compareTo(time) >= 0;
    }

    /** The bytes a record weighs in a batch: its key and value as they came off the wire. */
    static long size(int keyBytes, int valueBytes) {
        return Math.max(keyBytes, 0) + (long) Math.max(valueBytes, 0);
    }
}
