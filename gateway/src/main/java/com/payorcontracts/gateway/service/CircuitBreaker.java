package com.payorcontracts.gateway.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One route's circuit breaker. Closed: requests go through; {@code threshold} connection
 * failures or timeouts in a row open it. Open: requests fail at once until the cool-down is over;
 * then one probe goes through (half-open) while the others still fail fast. The probe's success
 * closes the circuit, its failure opens it for another cool-down.
 */
public final class CircuitBreaker {

    /** Where the breaker stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    private State state = State.CLOSED;
    private int failures;
    private long openedAt;

    public CircuitBreaker(int threshold, Duration coolDown, LongSupplier nanoTime) {
        this.threshold = threshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
    }

    /** 0 if the request may go to the service, else the milliseconds until the next probe (at least 1). */
    public synchronized long acquire() {
        if (state == State.CLOSED) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        long left = openedAt + coolDownNanos - now;
        if (state == State.OPEN && left <= 0) {
            state = State.HALF_OPEN;
            return 0;
        }
        // Open, or half-open with its probe still out: fail fast.
        return Math.max(1, left / 1_000_000);
    }

    public synchronized void succeeded() {
        state = State.CLOSED;
        failures = 0;
    }

    public synchronized void failed() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = nanoTime.getAsLong();
        }
    }

    public synchronized State state() {
        return state;
    }
}
