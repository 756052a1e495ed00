package com.payorcontracts.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the transactional outbox and its relay to Kafka. */
@ConfigMapping(prefix = "payorcontracts.outbox")
public interface OutboxConfig {

    /** Build time: whether this service has an outbox table and runs the relay. */
    @WithDefault("false")
    boolean enabled();

    /** How often the relay looks for rows left unpublished (after an outage or a crash), e.g. 1s. */
    @WithDefault("1s")
    String pollInterval();

    /** The CloudEvents source of what this service publishes, e.g. /contract-service. */
    @WithDefault("/payorcontracts")
    String source();

    /** How many outbox rows one relay pass publishes before it commits. */
    @WithDefault("200")
    int batchSize();

    /** Published rows older than this are deleted by the relay. */
    @WithDefault("P7D")
    Duration retention();
}
