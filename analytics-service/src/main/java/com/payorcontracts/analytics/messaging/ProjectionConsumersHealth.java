package com.payorcontracts.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a projection consumer is dead: its projection would silently go stale. */
@ApplicationScoped
public class ProjectionConsumersHealth {

    @Produces
    @Readiness
    HealthCheck contractChanged(ProjectionConsumers consumers) {
        return check(consumers, "contract-changed");
    }

    @Produces
    @Readiness
    HealthCheck referenceScheduleChanged(ProjectionConsumers consumers) {
        return check(consumers, "reference-schedule-changed");
    }

    @Produces
    @Readiness
    HealthCheck payorChanged(ProjectionConsumers consumers) {
        return check(consumers, "payor-changed");
    }

    @Produces
    @Readiness
    HealthCheck negotiationChanged(ProjectionConsumers consumers) {
        return check(consumers, "negotiation-changed");
    }

    private static HealthCheck check(ProjectionConsumers consumers, String name) {
        return () -> HealthCheckResponse.named(name + " consumer").status(consumers.health().get(name)).build();
    }
}
