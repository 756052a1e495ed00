package com.payorcontracts.analytics.messaging;

import com.payorcontracts.analytics.config.ConsumerConfig;
import com.payorcontracts.platform.messaging.DeadLetters;
import com.payorcontracts.platform.messaging.EventConsumer;
import com.payorcontracts.analytics.service.ProjectionUpdates;
import com.payorcontracts.analytics.service.NegotiationProjector;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.events.ReferenceScheduleChanged;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the projection consumers on one generic loop: contract-changed, reference-schedule-changed, payor-changed (for the alerts and the payors' EDI payer ids) and negotiation-changed. */
@ApplicationScoped
public class ProjectionConsumers {

    private final ConsumerConfig config;
    private final List<EventConsumer<?>> consumers;
    private final DeadLetters deadLetters;

    ProjectionConsumers(ConsumerConfig config, ProjectionUpdates updates, NegotiationProjector negotiations,
                        @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry metrics) {
        this.config = config;
        this.deadLetters = new DeadLetters(kafkaConfig, "analytics-dead-letters");
        this.consumers = List.of(
                new EventConsumer<>("contract-changed", config.topic(), config.groupId(), ContractChanged.V1.class,
                        event -> updates.contractChanged(event).name(), kafkaConfig, config.retryBackoff(), metrics, deadLetters),
                new EventConsumer<>("reference-schedule-changed", config.referenceSchedule().topic(),
                        config.referenceSchedule().groupId(), ReferenceScheduleChanged.V1.class,
                        event -> updates.referenceScheduleChanged(event).name(), kafkaConfig, config.retryBackoff(), metrics, deadLetters),
                new EventConsumer<>("payor-changed", config.payor().topic(), config.payor().groupId(), PayorChanged.V1.class,
                        event -> updates.payorChanged(event).name(), kafkaConfig, config.retryBackoff(), metrics, deadLetters),
                new EventConsumer<>("negotiation-changed", config.negotiation().topic(), config.negotiation().groupId(),
                        NegotiationChanged.V1.class, event -> negotiations.apply(event).name(), kafkaConfig,
                        config.retryBackoff(), metrics, deadLetters));
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            consumers.forEach(EventConsumer::start);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        for (EventConsumer<?> consumer : consumers) {
            consumer.stop();
        }
        deadLetters.close();
    }

    /** Each consumer by name: whether it runs as it should (always true when consumers are switched off). */
    public Map<String, Boolean> health() {
        Map<String, Boolean> health = new LinkedHashMap<>();
        consumers.forEach(c -> health.put(c.name(), !config.enabled() || c.alive()));
        return health;
    }
}
