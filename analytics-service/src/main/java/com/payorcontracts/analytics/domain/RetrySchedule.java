package com.payorcontracts.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed webhook delivery is tried again: exponential backoff with jitter, within a window.
 * The n-th failure waits {@code first × factor^(n-1)}, at most {@code cap}, times a jitter factor
 * in {@code [1 - jitter, 1 + jitter)}; a retry that would fall after {@code window} from the
 * delivery's start is not made (the delivery FAILED). Defaults (5 s, ×3, 8 h cap, 24 h, ±20 %):
 * retries after 5 s, 15 s, 45 s, 2 min 15 s, 6 min 45 s, 20 min 15 s, 1 h 0 min 45 s, 3 h 2 min 15 s,
 * 8 h, 8 h: eleven attempts in all, the last about 20 h 33 min after the first.
 *
 * @param first  the wait after the first failure
 * @param factor each further failure multiplies the wait by this
 * @param cap    the longest wait
 * @param window no attempt after this long from the start
 * @param jitter the fraction by which a wait may be shorter or longer, 0 to 1
 */
public record RetrySchedule(Duration first, int factor, Duration cap, Duration window, double jitter) {

    public static final RetrySchedule STANDARD =
            new RetrySchedule(Duration.ofSeconds(5), 3, Duration.ofHours(8), Duration.ofHours(24), 0.2);

    public RetrySchedule {
        if (factor < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("factor must be at least 1 and jitter in [0, 1)");
        }
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first), without jitter. */
    public Duration nominalDelay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1");
        }
        long millis = first.toMillis();
        for (int i = 1; i < failures && millis < cap.toMillis(); i++) {
            millis *= factor;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    /**
     * When to try again after the {@code failures}-th failure at {@code now}, or empty when that would
     * fall after the window from {@code start}.
     *
     * @param random uniform in [0, 1): 0.5 waits exactly the nominal delay
     */
    public Optional<Instant> nextAttempt(Instant start, Instant now, int failures, double random) {
        double spread = 1 - jitter + 2 * jitter * random;
        Instant next = now.plusMillis(Math.round(nominalDelay(failures).toMillis() * spread));
        return next.isAfter(start.plus(window)) ? Optional.empty() : Optional.of(next);
    }
}
