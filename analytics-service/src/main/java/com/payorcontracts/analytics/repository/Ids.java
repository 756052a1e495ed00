package com.payorcontracts.analytics.repository;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUIDs (version 7 layout): rows written together sit together in their index, so
 * bulk writes append to the index instead of scattering over it, and reading in id order reads
 * the table nearly in its physical order.
 */
public final class Ids {

    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {
    }

    public static UUID next() {
        long now = System.currentTimeMillis() << 12;
        long tick = LAST.updateAndGet(last -> Math.max(last + 1, now));
        long msb = ((tick >>> 12) << 16) | 0x7000L | (tick & 0xFFFL);
        long lsb = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
