package com.payorcontracts.platform.messaging;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event waiting in the outbox.
 *
 * @param eventId      unique id, also the CloudEvents id
 * @param topic        the Kafka topic it goes to
 * @param aggregateId  the record key: every event of one aggregate lands on one partition, in order
 * @param eventType    the CloudEvents type
 * @param payload      the encoded event
 * @param headers      extra Kafka headers (CloudEvents attributes)
 */
public record OutboxMessage(UUID eventId, String topic, String aggregateId, String eventType, byte[] payload,
                            Map<String, String> headers) {
    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
