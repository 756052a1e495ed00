package com.payorcontracts.analytics.domain;

/**
 * What one delivery attempt means, by the Standard Webhooks rules: a 2xx is delivered; a 410 Gone
 * disables the endpoint at once; anything else (other statuses, redirects, timeouts, refused
 * connections, a target refused by policy) is a failure to retry.
 */
public enum AttemptOutcome {
    DELIVERED, FAILED, GONE;

    /** The outcome of an HTTP answer with this status. */
    public static AttemptOutcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return DELIVERED;
        }
        return status == 410 ? GONE : FAILED;
    }

    /**
     * Whether an endpoint with {@code consecutiveFailures} failed attempts in a row (this one counted) is disabled now.
     *
     * @param disableAfter the number of consecutive failed attempts that disables an endpoint
     */
    public boolean disables(int consecutiveFailures, int disableAfter) {
        return this == GONE || (this == FAILED && consecutiveFailures >= disableAfter);
    }
}
