package com.payorcontracts.contract.messaging;

import com.payorcontracts.contract.config.ConsumerConfig;
import com.payorcontracts.contract.service.PayorProjectionUpdates;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.platform.messaging.DeadLetters;
import com.payorcontracts.platform.messaging.EventConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/** Runs the payor-changed consumer (platform's {@link EventConsumer}) that keeps the payor projection. */
@ApplicationScoped
public class PayorChangedConsumer {

    static final String NAME = "payor-changed";

    private final ConsumerConfig config;
    private final EventConsumer<PayorChanged.V1> consumer;
    private final DeadLetters deadLetters;

    PayorChangedConsumer(ConsumerConfig config, PayorProjectionUpdates updates,
                         @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry metrics) {
        this.config = config;
        this.deadLetters = new DeadLetters(kafkaConfig, "contract-dead-letters");
        this.consumer = new EventConsumer<>(NAME, config.payorChanged().topic(), config.payorChanged().groupId(),
                PayorChanged.V1.class, event -> updates.payorChanged(event).name(), kafkaConfig, config.retryBackoff(),
                metrics, deadLetters);
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            consumer.start();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        consumer.stop();
        deadLetters.close();
    }

    /** Whether the consumer runs as it should (always true when switched off). */
    public boolean healthy() {
        return !config.enabled() || consumer.alive();
    }
}
