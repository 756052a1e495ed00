package com.payorcontracts.contract.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the payor-changed consumer is dead: prior-auth flags and EDI lookups would go stale. */
@ApplicationScoped
public class PayorChangedConsumerHealth {

    @Produces
    @Readiness
    HealthCheck payorChanged(PayorChangedConsumer consumer) {
        return () -> HealthCheckResponse.named(PayorChangedConsumer.NAME + " consumer").status(consumer.healthy()).build();
    }
}
