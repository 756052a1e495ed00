package com.payorcontracts.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;

/** Claims, remittances, expected-versus-paid and jobs. */
@ConfigMapping(prefix = "payorcontracts.analytics")
public interface AnalyticsConfig {

    /** A paid line whose variance is below minus this amount (USD) goes on the underpayment worklist. */
    @WithDefault("1.00")
    BigDecimal underpaymentTolerance();

    /** Uploads larger than this (bytes) become a job answered 202; smaller ones are ingested at once. */
    @WithDefault("1048576")
    int asyncThresholdBytes();

    /** Most claims one JSON batch may carry; more belong in a CSV upload. */
    @WithDefault("1000")
    int maxBatchClaims();

    /** Whether a CSV claim import or an 835 job queues a repricing of the claims it brought or paid. */
    @WithDefault("true")
    boolean repriceAfterImport();

    /** How long a request waits for a running repricing before its own repricing is left for later. */
    @WithDefault("5s")
    Duration repricingWait();

    /** The background job runner. */
    Jobs jobs();

    /** How long-running work is run. */
    interface Jobs {
        /** Whether this replica runs jobs (uploads are accepted either way). */
        @WithDefault("true")
        boolean enabled();

        /** How often an idle runner looks for work. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** A RUNNING job whose heartbeat is older than this was orphaned by a dead replica and is resumed. */
        @WithDefault("60s")
        Duration staleAfter();

        /** CSV rows ingested per transaction (a claim's rows never straddle two). */
        @WithDefault("50000")
        int chunkRows();
    }
}
