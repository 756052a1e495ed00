package com.payorcontracts.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.analytics.domain.WebhookDelivery;
import com.payorcontracts.analytics.domain.WebhookEndpoint;
import com.payorcontracts.analytics.domain.WebhookEventType;
import com.payorcontracts.analytics.service.WebhookEndpoints;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the webhook endpoints API. */
final class WebhookDtos {

    static final String EVENT_TYPES = "must be one of contract.changed, contract.activated, remittance.processed, "
            + "underpayment.detected, job.finished, alert.due";

    private WebhookDtos() {
    }

    /** The request body's example, on the operations that take it (generated clients and the conformance walk read it there). */
    public static final String ENDPOINT_EXAMPLE = "{\"url\": \"https://203.0.113.10/webhooks/payorcontracts\", "
            + "\"eventTypes\": [\"contract.activated\", \"underpayment.detected\"], "
            + "\"description\": \"Billing system\", \"enabled\": true}";

    /** An endpoint to register or its new state: an https URL, the event types it gets, whether deliveries go out. */
    @Schema(example = ENDPOINT_EXAMPLE)
    public record EndpointRequest(
            @NotNull @Size(max = 2000) String url,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = WebhookEventType.PATTERN, message = EVENT_TYPES) String> eventTypes,
            @Size(max = 500) String description,
            @Schema(description = "Deliveries go out (default true); true re-enables an endpoint disabled after failures")
            Boolean enabled) {

        WebhookEndpoints.Spec spec() {
            return new WebhookEndpoints.Spec(url, eventTypes, description, enabled);
        }
    }

    /** An endpoint; {@code secret} only in the answer that made or rotated it, never again. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EndpointResponse(UUID id, String url, @Schema(nullable = true) String description, List<String> eventTypes,
                            @Schema(description = "ENABLED or DISABLED (by request, after repeated failures, or on 410 Gone)")
                            WebhookEndpoint.State state,
                            @Schema(nullable = true) String disabledReason, int consecutiveFailures,
                            @Schema(nullable = true, description = "The previous secret signs too until then (a rotation in progress)")
                            Instant previousSecretValidUntil,
                            @Schema(nullable = true, description = "whsec_ + base64: the HMAC-SHA256 key of the signatures; shown only once")
                            String secret,
                            String createdBy, Instant createdAt, Instant updatedAt, long version) {

        static EndpointResponse of(WebhookEndpoint endpoint) {
            return of(endpoint, null);
        }

        static EndpointResponse of(WebhookEndpoints.WithSecret made) {
            return of(made.endpoint(), made.secret());
        }

        private static EndpointResponse of(WebhookEndpoint e, String secret) {
            return new EndpointResponse(e.id(), e.url(), e.description(), e.eventTypes(), e.state(), e.disabledReason(),
                    e.consecutiveFailures(), e.previousSecretUntil(), secret, e.createdBy(), e.createdAt(), e.updatedAt(),
                    e.version());
        }
    }

    /** One message to the endpoint and how its delivery went. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryResponse(long id, @Schema(description = "The webhook-id header: the same on every attempt") String messageId,
                            String eventType, WebhookDelivery.Status status, int attempts, Instant causedAt, Instant createdAt,
                            @Schema(nullable = true) Instant nextAttemptAt,
                            @Schema(nullable = true) Instant lastAttemptAt,
                            @Schema(nullable = true) Integer lastStatusCode, @Schema(nullable = true) String lastError,
                            @Schema(nullable = true) Integer lastLatencyMs, @Schema(nullable = true) Instant deliveredAt) {

        static DeliveryResponse of(WebhookDelivery d) {
            return new DeliveryResponse(d.id(), d.messageId(), d.eventType(), d.status(), d.attempts(), d.causedAt(),
                    d.createdAt(), d.nextAttemptAt(), d.lastAttemptAt(), d.lastStatusCode(), d.lastError(),
                    d.lastLatencyMs(), d.deliveredAt());
        }
    }
}
