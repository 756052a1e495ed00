package com.payorcontracts.analytics.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Which events each consumer has handled: the record that makes consumers idempotent. */
@ApplicationScoped
public class ProcessedEventRepository {

    private static final String RECORD = """
            INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?1, ?2, ?3)
            ON CONFLICT DO NOTHING""";

    /** Records the event as handled by the consumer; false when it had been handled before. */
    public boolean markFirstSeen(String consumer, UUID eventId, Instant now) {
        return Panache.getEntityManager().createNativeQuery(RECORD)
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
