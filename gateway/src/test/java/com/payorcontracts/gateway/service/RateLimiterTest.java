package com.payorcontracts.gateway.service;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(new RateLimiter.Limit(2, 4), now::get);

    @Test
    void allowsABurstThenTheSteadyRate() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.acquire("payors", "a")).isZero();
        }
        assertThat(limiter.acquire("payors", "a")).isEqualTo(1);

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(limiter.acquire("payors", "a")).isZero();
        assertThat(limiter.acquire("payors", "a")).isEqualTo(1);
    }

    @Test
    void countsEachClientAndRouteApart() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("payors", "a");
        }
        assertThat(limiter.acquire("payors", "b")).isZero();
        assertThat(limiter.acquire("contracts", "a")).isZero();
    }

    @Test
    void usesARoutesOwnLimit() {
        limiter.limit("analytics", new RateLimiter.Limit(0.1, 1));

        assertThat(limiter.acquire("analytics", "a")).isZero();
        assertThat(limiter.acquire("analytics", "a")).isEqualTo(10);
    }
}
