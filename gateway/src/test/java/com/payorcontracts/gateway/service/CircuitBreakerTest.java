package com.payorcontracts.gateway.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndFailsFastForTheCoolDown() {
        breaker.failed();
        breaker.failed();
        assertThat(breaker.acquire()).isZero();
        breaker.failed();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(breaker.acquire()).isEqualTo(6000);
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded();
        breaker.failed();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void letsOneProbeThroughAfterTheCoolDownAndClosesOnItsSuccess() {
        openIt();
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(breaker.acquire()).isZero();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.acquire()).as("a second request while the probe is out").isPositive();
        breaker.succeeded();
        assertThat(breaker.acquire()).isZero();
    }

    @Test
    void reopensForAnotherCoolDownWhenTheProbeFails() {
        openIt();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        breaker.acquire();

        breaker.failed();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.acquire()).isEqualTo(10_000);
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            breaker.failed();
        }
    }
}
