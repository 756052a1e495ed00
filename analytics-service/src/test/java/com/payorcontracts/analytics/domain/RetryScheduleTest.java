package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final RetrySchedule SCHEDULE = RetrySchedule.STANDARD;
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    // 5 s × 3^(n-1), capped at 8 h = 28,800 s.
    @ParameterizedTest(name = "after failure {0}: {1} s")
    @CsvSource({
            "1, 5",       // 5
            "2, 15",      // 5 × 3
            "3, 45",      // 5 × 9
            "4, 135",     // 5 × 27 = 2 min 15 s
            "5, 405",     // 5 × 81 = 6 min 45 s
            "6, 1215",    // 5 × 243 = 20 min 15 s
            "7, 3645",    // 5 × 729 = 1 h 0 min 45 s
            "8, 10935",   // 5 × 2187 = 3 h 2 min 15 s
            "9, 28800",   // 5 × 6561 = 32,805 > 28,800: the cap
            "10, 28800",
            "40, 28800"}) // no overflow however many failures
    void waitsFiveSecondsTimesThreeToTheFailuresCappedAtEightHours(int failures, long seconds) {
        assertThat(SCHEDULE.nominalDelay(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    // Attempts back to back, each failing at once, jitter at its middle (random 0.5): the n-th retry
    // comes at the sum of the delays so far; the 11th failure would wait until 102,800 s > 86,400 s (24 h).
    @ParameterizedTest(name = "failure {0} at {1} s: next at {2}")
    @CsvSource({
            "1, 0, 5",
            "2, 5, 20",
            "3, 20, 65",
            "4, 65, 200",
            "5, 200, 605",
            "6, 605, 1820",
            "7, 1820, 5465",
            "8, 5465, 16400",
            "9, 16400, 45200",
            "10, 45200, 74000",
            "11, 74000, -1"})
    void retriesElevenTimesAtMostWithinTwentyFourHours(int failures, long failedAtSecond, long nextAtSecond) {
        Optional<Instant> next = SCHEDULE.nextAttempt(START, START.plusSeconds(failedAtSecond), failures, 0.5);
        if (nextAtSecond < 0) {
            assertThat(next).isEmpty();
        } else {
            assertThat(next).contains(START.plusSeconds(nextAtSecond));
        }
    }

    // Jitter ±20 %: random 0 waits 0.8 × the delay, random just under 1 nearly 1.2 ×.
    @ParameterizedTest(name = "failure {0}, random {1}: {2} ms")
    @CsvSource({
            "1, 0.0, 4000",        // 5,000 × 0.8
            "1, 0.75, 5500",       // 5,000 × 1.1
            "1, 0.999, 5998",      // 5,000 × 1.1996 = 5,998
            "4, 0.25, 121500",     // 135,000 × 0.9
            "9, 0.0, 23040000"})   // 28,800,000 × 0.8
    void spreadsEachWaitByUpToTwentyPercentEitherWay(int failures, double random, long millis) {
        assertThat(SCHEDULE.nextAttempt(START, START, failures, random)).contains(START.plusMillis(millis));
    }

    @ParameterizedTest(name = "status {0}: {1}")
    @CsvSource({"200, DELIVERED", "204, DELIVERED", "299, DELIVERED", "301, FAILED", "404, FAILED", "410, GONE",
            "429, FAILED", "500, FAILED", "503, FAILED"})
    void takesTwoHundredsAsDeliveredAndFourTenAsGone(int status, AttemptOutcome outcome) {
        assertThat(AttemptOutcome.ofStatus(status)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} with {1} failures in a row, limit 50: disables {2}")
    @CsvSource({"FAILED, 49, false", "FAILED, 50, true", "GONE, 1, true", "DELIVERED, 0, false"})
    void disablesAnEndpointAtTheLimitOfConsecutiveFailuresOrAtOnceWhenGone(AttemptOutcome outcome, int failures,
                                                                          boolean disables) {
        assertThat(outcome.disables(failures, 50)).isEqualTo(disables);
    }
}
