package com.payorcontracts.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhooks: analytics-changed, the fan-out consumers, the sender and the endpoints' targets. */
@ConfigMapping(prefix = "payorcontracts.webhooks")
public interface WebhooksConfig {

    /** The analytics-changed topic this service writes (its outbox) and reads (the fan-out). */
    String analyticsTopic();

    /** Whether the fan-out consumers and the sender run (off for a read-only replica). */
    @WithDefault("true")
    boolean enabled();

    /** Consumer group of the fan-out of contract-changed (not the projection's: each reads every event). */
    String contractGroupId();

    /** Consumer group of the fan-out of analytics-changed. */
    String analyticsGroupId();

    /** How often the sender looks for due deliveries, e.g. 250ms. */
    @WithDefault("250ms")
    String pollInterval();

    /** Deliveries one sender claims and sends at once. */
    @WithDefault("100")
    int batchSize();

    /** How long a claimed delivery stays the claimant's: a sender killed mid-send leaves it due again after this. */
    @WithDefault("60s")
    Duration lease();

    /** Time to connect to an endpoint. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time an endpoint has to answer (Standard Webhooks recommends 15 to 30 s). */
    @WithDefault("15s")
    Duration requestTimeout();

    /** Wait after the first failure; each further failure triples it (RetrySchedule). */
    @WithDefault("5s")
    Duration firstRetry();

    /** Retries stop this long after a delivery was queued (or asked to redeliver). */
    @WithDefault("24h")
    Duration retryWindow();

    /** Consecutive failed attempts that disable an endpoint (a 410 Gone disables at once). */
    @WithDefault("50")
    int disableAfterFailures();

    /** How long the previous secret keeps signing after a rotation. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** Which URLs an endpoint may have. */
    Targets targets();

    /** Endpoint URL policy: https only, public addresses only, unless allowed here. */
    interface Targets {
        /** Whether http (not https) URLs are accepted: only for tests. */
        @WithDefault("false")
        boolean allowHttp();

        /** Whether loopback targets (127.0.0.0/8, ::1) are accepted: only for tests. */
        @WithDefault("false")
        boolean allowLoopback();

        /** Whether private, link-local and unique-local targets are accepted (an intranet receiver). */
        @WithDefault("false")
        boolean allowPrivate();
    }
}
