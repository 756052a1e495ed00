package com.payorcontracts.analytics.domain;

import java.time.Instant;
import java.util.UUID;

/** One message to one endpoint and how its delivery went (the delivery log). */
public record WebhookDelivery(long id, UUID endpointId, String messageId, String eventType, Status status, int attempts,
                              Instant causedAt, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
                              Integer lastStatusCode, String lastError, Integer lastLatencyMs, Instant deliveredAt) {

    /** PENDING until a 2xx (DELIVERED) or until its retries run out (FAILED). */
    public enum Status { PENDING, DELIVERED, FAILED }
}
