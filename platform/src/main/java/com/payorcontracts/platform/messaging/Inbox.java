package com.payorcontracts.platform.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/**
 * The events each consumer has handled ({@code processed_event}, in each consuming service's own
 * migrations): the outbox's counterpart that makes consumers idempotent. It records inside the
 * caller's transaction, so an event counts as handled exactly when its effect committed.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = """
            INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    Inbox(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records the event as handled by the consumer; false when it was handled before (then do nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstSeen(String consumer, UUID eventId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + eventId + " for " + consumer, e);
        }
    }
}
