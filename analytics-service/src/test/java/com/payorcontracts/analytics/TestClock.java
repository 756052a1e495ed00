package com.payorcontracts.analytics;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests: the system's, until a test fixes it to an instant ({@link #fix});
 * {@link #release} gives the system's back. Replaces platform's ClockProducer for every test of the module.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock();

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public static void fix(String instant) {
        INSTANCE.fixed.set(Instant.parse(instant));
    }

    public static void release() {
        INSTANCE.fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now != null ? now : Instant.now();
    }

    /** Produces the one clock in place of platform's. */
    @Singleton
    public static class Producer {
        @Produces
        @Singleton
        @Alternative
        @Priority(1)
        Clock clock() {
            return INSTANCE;
        }
    }
}
