package com.payorcontracts.platform.messaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchLimitsTest {

    // 3 records, 1,000 bytes, 10 s.
    private static final BatchLimits LIMITS = new BatchLimits(3, 1_000, Duration.ofSeconds(10));

    @ParameterizedTest(name = "{0} applied, {1} + {2} bytes, {3} ms: full {4}")
    @CsvSource({
            // applied, applied bytes, next record's bytes, elapsed ms, full?
            "0, 0,    5000,  0,     false",  // the first record always goes, however large: the consumer moves on
            "0, 0,    10,    99000, false",  // however late
            "1, 400,  500,   100,   false",  // 400 + 500 = 900 <= 1,000
            "1, 400,  600,   100,   false",  // 400 + 600 = 1,000, the limit itself
            "1, 400,  601,   100,   true",   // 1,001 > 1,000: the next poll reads it
            "2, 100,  100,   9999,  false",  // 9.999 s < 10 s
            "2, 100,  100,   10000, true",   // 10 s used: no record starts after the time is up
            "3, 30,   10,    5,     true",   // 3 records, the count is reached
    })
    void cutsTheBatchAtTheFirstLimitReachedButNeverBeforeItsFirstRecord(int applied, long appliedBytes, long next,
                                                                        long elapsedMillis, boolean full) {
        assertThat(LIMITS.full(applied, appliedBytes, next, Duration.ofMillis(elapsedMillis))).isEqualTo(full);
    }

    @ParameterizedTest(name = "key {0}, value {1}: {2} bytes")
    @CsvSource({"36, 1200, 1236", "-1, 1200, 1200", "36, -1, 36", "-1, -1, 0"})
    void weighsARecordByItsKeyAndValueWithAbsentOnesAsNothing(int key, int value, long bytes) {
        assertThat(BatchLimits.size(key, value)).isEqualTo(bytes);
    }

    @Test
    void refusesABatchTimeOverHalfThePollInterval() {
        assertThat(BatchLimits.DEFAULT.time()).isLessThanOrEqualTo(BatchLimits.POLL_INTERVAL.dividedBy(2));
        assertThatThrownBy(() -> new BatchLimits(100, 1_000, Duration.ofMinutes(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchLimits(0, 1_000, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
