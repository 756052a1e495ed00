package com.payorcontracts.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How analytics reads contract-changed. */
@ConfigMapping(prefix = "payorcontracts.consumer")
public interface ConsumerConfig {

    /** Whether the projection consumer runs at all (off for a read-only replica). */
    @WithDefault("true")
    boolean enabled();

    /** The contract-changed topic. */
    String topic();

    /** Consumer group; every replica of analytics shares it, so each partition has one reader. */
    String groupId();

    /** Wait before reading again after a failure to apply an event (database down, say). */
    @WithDefault("1s")
    Duration retryBackoff();
}
