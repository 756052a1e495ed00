package com.payorcontracts.analytics.messaging;

import com.payorcontracts.analytics.config.ConsumerConfig;
import com.payorcontracts.analytics.config.WebhooksConfig;
import com.payorcontracts.analytics.service.WebhookFanOut;
import com.payorcontracts.events.AnalyticsChanged;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.platform.messaging.DeadLetters;
import com.payorcontracts.platform.messaging.EventConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.Map;

/**
 * The webhook fan-out: contract-changed (a consumer group of its own, next to the projection's) and
 * analytics-changed, read on platform's consumer loop; each event's deliveries are queued by
 * {@link WebhookFanOut} in one transaction with its inbox row.
 */
@ApplicationScoped
public class WebhookConsumers {

    private final boolean enabled;
    private final List<EventConsumer<?>> consumers;
    private final DeadLetters deadLetters;

    WebhookConsumers(WebhooksConfig config, ConsumerConfig projection, WebhookFanOut fanOut,
                     @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry metrics) {
        // Like the projection's: a replica that reads no events (consumer.enabled=false) fans none out either.
        this.enabled = config.enabled() && projection.enabled();
        this.deadLetters = new DeadLetters(kafkaConfig, "analytics-webhooks-dead-letters");
        this.consumers = List.of(
                new EventConsumer<>("webhooks-contract-changed", projection.topic(), config.contractGroupId(),
                        ContractChanged.V1.class, fanOut::contractChanged, kafkaConfig, projection.retryBackoff(), metrics,
                        deadLetters),
                new EventConsumer<>("webhooks-analytics-changed", config.analyticsTopic(), config.analyticsGroupId(),
                        AnalyticsChanged.V1.class, fanOut::analyticsChanged, kafkaConfig, projection.retryBackoff(), metrics,
                        deadLetters));
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            consumers.forEach(EventConsumer::start);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        for (EventConsumer<?> consumer : consumers) {
            consumer.stop();
        }
        deadLetters.close();
    }

    /** Not ready while a fan-out consumer is dead: its deliveries would silently stop. */
    @Produces
    @Readiness
    HealthCheck health() {
        return () -> {
            boolean up = !enabled || consumers.stream().allMatch(EventConsumer::alive);
            return HealthCheckResponse.named("webhook fan-out consumers").status(up).build();
        };
    }
}
