package com.payorcontracts.contract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How contract-service reads payor-changed into its payor projection. */
@ConfigMapping(prefix = "payorcontracts.consumer")
public interface ConsumerConfig {

    /** Whether the payor-changed consumer runs at all. */
    @WithDefault("true")
    boolean enabled();

    /** Wait before reading again after a failure to apply an event (database down, say). */
    @WithDefault("1s")
    Duration retryBackoff();

    /** The payor-changed consumer. */
    PayorChanged payorChanged();

    /** Topic and group of payor-changed. */
    interface PayorChanged {
        /** The payor-changed topic. */
        String topic();

        /** Its consumer group; every replica of contract-service shares it. */
        String groupId();
    }
}
