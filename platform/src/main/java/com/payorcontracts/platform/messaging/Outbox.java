package com.payorcontracts.platform.messaging;

import com.payorcontracts.events.CloudEventHeaders;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends events to the {@code outbox_event} table inside the caller's transaction, so an event
 * exists exactly when the change it describes committed. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
@IfBuildProperty(name = "payorcontracts.outbox.enabled", stringValue = "true")
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, payload, headers, created_at)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)""";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Event<OutboxAppended> appended;

    Outbox(AgroalDataSource dataSource, OutboxConfig config, Event<OutboxAppended> appended) {
        this.dataSource = dataSource;
        this.config = config;
        this.appended = appended;
    }

    /** Must run inside the transaction of the change: that is the whole point of an outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutboxMessage message, Instant occurredAt) {
        try (Connection connection = dataSource.getConnection()) {
            append(connection, message, occurredAt);
            // Observed after commit by the relay, so the event leaves at once rather than at the next poll.
            appended.fire(OutboxAppended.INSTANCE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not append event " + message.eventId() + " to the outbox", e);
        }
    }

    /**
     * The same on a plain JDBC connection whose transaction the caller commits (bulk paths that work
     * outside JTA): the event commits with the change; the relay's next poll publishes it.
     */
    public void append(Connection connection, OutboxMessage message, Instant occurredAt) throws SQLException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, message.eventId().toString());
        headers.put(CloudEventHeaders.SOURCE, config.source());
        headers.put(CloudEventHeaders.TYPE, message.eventType());
        headers.put(CloudEventHeaders.SUBJECT, message.aggregateId());
        headers.put(CloudEventHeaders.TIME, occurredAt.toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        headers.putAll(message.headers());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, message.eventId());
            insert.setString(2, message.topic());
            insert.setString(3, message.aggregateId());
            insert.setString(4, message.eventType());
            insert.setBytes(5, message.payload());
            insert.setString(6, HeaderJson.write(headers));
            insert.setTimestamp(7, Timestamp.from(occurredAt));
            insert.executeUpdate();
        }
    }
}
