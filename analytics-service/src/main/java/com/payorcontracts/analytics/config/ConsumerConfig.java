package com.payorcontracts.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How analytics reads contract-changed, reference-schedule-changed, payor-changed and negotiation-changed. */
@ConfigMapping(prefix = "payorcontracts.consumer")
public interface ConsumerConfig {

    /** Whether the projection consumers run at all (off for a read-only replica). */
    @WithDefault("true")
    boolean enabled();

    /** The contract-changed topic. */
    String topic();

    /** Consumer group of contract-changed; every replica of analytics shares it, so each partition has one reader. */
    String groupId();

    /** Wait before reading again after a failure to apply an event (database down, say). */
    @WithDefault("1s")
    Duration retryBackoff();

    /** The reference-schedule-changed consumer. */
    ReferenceSchedule referenceSchedule();

    /** The payor-changed consumer (payor names, bulletins and follow-ups for the alerts). */
    Payor payor();

    /** Topic and group of payor-changed. */
    interface Payor {
        /** The payor-changed topic. */
        String topic();

        /** Its consumer group. */
        String groupId();
    }

    /** Topic and group of reference-schedule-changed. */
    interface ReferenceSchedule {
        /** The reference-schedule-changed topic. */
        String topic();

        /** Its consumer group. */
        String groupId();
    }

    /** The negotiation-changed consumer. */
    Negotiation negotiation();

    /** Topic and group of negotiation-changed. */
    interface Negotiation {
        /** The negotiation-changed topic. */
        String topic();

        /** Its consumer group. */
        String groupId();
    }
}
