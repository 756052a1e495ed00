package com.payorcontracts.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the projection consumer is dead: the projection would silently go stale. */
@Readiness
@ApplicationScoped
public class ContractChangedConsumerHealth implements HealthCheck {

    private final ContractChangedConsumer consumer;

    ContractChangedConsumerHealth(ContractChangedConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("contract-changed consumer").status(consumer.healthy()).build();
    }
}
