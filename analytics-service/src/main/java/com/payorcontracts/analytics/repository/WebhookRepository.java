package com.payorcontracts.analytics.repository;

import com.payorcontracts.analytics.domain.WebhookDelivery;
import com.payorcontracts.analytics.domain.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Webhook endpoints and their deliveries ({@code webhook_endpoint}, {@code webhook_delivery}, V110). */
@ApplicationScoped
public class WebhookRepository {

    private static final String ENDPOINT_COLUMNS = """
            id, url, description, event_types, secret, previous_secret, previous_secret_until, state, disabled_reason,
            consecutive_failures, created_by, created_at, updated_at, row_version""";
    private static final String ENDPOINT_COLUMNS_OF_E = Arrays.stream(ENDPOINT_COLUMNS.split(","))
            .map(column -> "e." + column.strip()).collect(Collectors.joining(", "));
    private static final String DELIVERY_COLUMNS = """
            id, endpoint_id, message_id, event_type, status, attempts, caused_at, created_at, next_attempt_at,
            last_attempt_at, last_status_code, last_error, last_latency_ms, delivered_at""";

    /** A delivery claimed for sending, with what signing and sending it needs. */
    public record Due(long id, String messageId, byte[] body, int attempts, Instant retryFrom, Instant causedAt,
                      WebhookEndpoint endpoint) {
    }

    private final Jdbc jdbc;

    WebhookRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Connection connection, WebhookEndpoint endpoint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_endpoint (" + ENDPOINT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, endpoint.id());
            insert.setString(2, endpoint.url());
            insert.setString(3, endpoint.description());
            insert.setArray(4, connection.createArrayOf("text", endpoint.eventTypes().toArray()));
            insert.setString(5, endpoint.secret());
            insert.setString(6, endpoint.previousSecret());
            insert.setTimestamp(7, timestamp(endpoint.previousSecretUntil()));
            insert.setString(8, endpoint.state().name());
            insert.setString(9, endpoint.disabledReason());
            insert.setInt(10, endpoint.consecutiveFailures());
            insert.setString(11, endpoint.createdBy());
            insert.setTimestamp(12, timestamp(endpoint.createdAt()));
            insert.setTimestamp(13, timestamp(endpoint.updatedAt()));
            insert.setLong(14, endpoint.version());
            insert.executeUpdate();
        }
    }

    /** Writes every changeable field and bumps the version. */
    public void update(Connection connection, WebhookEndpoint endpoint) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE webhook_endpoint SET url = ?, description = ?, event_types = ?, secret = ?, previous_secret = ?,
                       previous_secret_until = ?, state = ?, disabled_reason = ?, consecutive_failures = ?, updated_at = ?,
                       disabled_at = CASE WHEN ?::text = 'ENABLED' THEN NULL ELSE disabled_at END, row_version = row_version + 1
                WHERE id = ?""")) {
            update.setString(1, endpoint.url());
            update.setString(2, endpoint.description());
            update.setArray(3, connection.createArrayOf("text", endpoint.eventTypes().toArray()));
            update.setString(4, endpoint.secret());
            update.setString(5, endpoint.previousSecret());
            update.setTimestamp(6, timestamp(endpoint.previousSecretUntil()));
            update.setString(7, endpoint.state().name());
            update.setString(8, endpoint.disabledReason());
            update.setInt(9, endpoint.consecutiveFailures());
            update.setTimestamp(10, timestamp(endpoint.updatedAt()));
            update.setString(11, endpoint.state().name());
            update.setObject(12, endpoint.id());
            update.executeUpdate();
        }
    }

    public void delete(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM webhook_endpoint WHERE id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }

    /** The endpoint, locked for the rest of the caller's transaction when {@code forUpdate}. */
    public Optional<WebhookEndpoint> find(Connection connection, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ENDPOINT_COLUMNS
                + " FROM webhook_endpoint WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(endpoint(rs, 1)) : Optional.empty();
            }
        }
    }

    public Optional<WebhookEndpoint> find(UUID id) {
        return jdbc.inTransaction(connection -> find(connection, id, false));
    }

    public List<WebhookEndpoint> list(int offset, int limit) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ENDPOINT_COLUMNS
                    + " FROM webhook_endpoint ORDER BY created_at, id OFFSET ? LIMIT ?")) {
                select.setInt(1, offset);
                select.setInt(2, limit);
                List<WebhookEndpoint> endpoints = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        endpoints.add(endpoint(rs, 1));
                    }
                }
                return endpoints;
            }
        });
    }

    public long count() {
        return count("SELECT count(*) FROM webhook_endpoint", null);
    }

    /**
     * Queues a message for every ENABLED endpoint subscribed to its type and registered before its cause
     * (a new endpoint gets what happens from then on, never a replay of history), in the caller's
     * transaction; a message an endpoint already has is not queued twice. Returns how many were queued.
     */
    public int fanOut(Connection connection, String eventType, String messageId, byte[] body, Instant causedAt, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO webhook_delivery (endpoint_id, message_id, event_type, body, caused_at, created_at, retry_from,
                                              status, next_attempt_at)
                SELECT id, ?, ?, ?, ?, ?, ?, 'PENDING', ? FROM webhook_endpoint
                WHERE state = 'ENABLED' AND ? = ANY (event_types) AND created_at <= ?
                ON CONFLICT (endpoint_id, message_id) DO NOTHING""")) {
            insert.setString(1, messageId);
            insert.setString(2, eventType);
            insert.setBytes(3, body);
            insert.setTimestamp(4, timestamp(causedAt));
            insert.setTimestamp(5, timestamp(now));
            insert.setTimestamp(6, timestamp(now));
            insert.setTimestamp(7, timestamp(now));
            insert.setString(8, eventType);
            insert.setTimestamp(9, timestamp(causedAt));
            return insert.executeUpdate();
        }
    }

    /**
     * Claims up to {@code limit} due deliveries of enabled endpoints until {@code leasedUntil}. Rows another
     * sender holds are skipped (FOR UPDATE SKIP LOCKED), rows another sender leased are left alone until its lease ends.
     */
    public List<Due> claim(Instant now, Instant leasedUntil, int limit) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement claim = connection.prepareStatement("""
                    WITH due AS (
                        SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.leased_until IS NULL OR d.leased_until < ?)
                          AND e.state = 'ENABLED'
                        ORDER BY d.next_attempt_at LIMIT ?
                        FOR UPDATE OF d SKIP LOCKED)
                    UPDATE webhook_delivery d SET leased_until = ? FROM due, webhook_endpoint e
                    WHERE d.id = due.id AND e.id = d.endpoint_id
                    RETURNING d.id, d.message_id, d.body, d.attempts, d.retry_from, d.caused_at, """ + ENDPOINT_COLUMNS_OF_E)) {
                claim.setTimestamp(1, timestamp(now));
                claim.setTimestamp(2, timestamp(now));
                claim.setInt(3, limit);
                claim.setTimestamp(4, timestamp(leasedUntil));
                List<Due> due = new ArrayList<>();
                try (ResultSet rs = claim.executeQuery()) {
                    while (rs.next()) {
                        due.add(new Due(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getInt(4),
                                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), endpoint(rs, 7)));
                    }
                }
                return due;
            }
        });
    }

    /** Records a 2xx: DELIVERED, and the endpoint's run of failures ends. */
    public void delivered(Connection connection, Due due, Instant at, int status, int latencyMs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?,
                       last_status_code = ?, last_error = NULL, last_latency_ms = ?, delivered_at = ?, next_attempt_at = NULL,
                       leased_until = NULL
                WHERE id = ?""");
             PreparedStatement endpoint = connection.prepareStatement(
                     "UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures <> 0")) {
            update.setTimestamp(1, timestamp(at));
            update.setInt(2, status);
            update.setInt(3, latencyMs);
            update.setTimestamp(4, timestamp(at));
            update.setLong(5, due.id());
            update.executeUpdate();
            endpoint.setObject(1, due.endpoint().id());
            endpoint.executeUpdate();
        }
    }

    /**
     * Records a failed attempt: PENDING again at {@code nextAttempt}, or FAILED when there is none; returns the
     * endpoint's consecutive failures, this one counted.
     */
    public int failed(Connection connection, Due due, Instant at, Integer status, String error, Integer latencyMs,
                      Instant nextAttempt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_status_code = ?,
                       last_error = ?, last_latency_ms = ?, next_attempt_at = ?, leased_until = NULL
                WHERE id = ?""");
             PreparedStatement endpoint = connection.prepareStatement("""
                     UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1 WHERE id = ?
                     RETURNING consecutive_failures""")) {
            update.setString(1, nextAttempt == null ? WebhookDelivery.Status.FAILED.name() : WebhookDelivery.Status.PENDING.name());
            update.setTimestamp(2, timestamp(at));
            update.setObject(3, status, Types.INTEGER);
            update.setString(4, error);
            update.setObject(5, latencyMs, Types.INTEGER);
            update.setTimestamp(6, timestamp(nextAttempt));
            update.setLong(7, due.id());
            update.executeUpdate();
            endpoint.setObject(1, due.endpoint().id());
            try (ResultSet rs = endpoint.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Disables an endpoint (after repeated failures or a 410); true when it was enabled until now. Its
     * {@code disabled_at} raises the WEBHOOK_ENDPOINT_DISABLED alert until an update enables it again.
     */
    public boolean disable(Connection connection, UUID endpointId, String reason, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE webhook_endpoint SET state = 'DISABLED', disabled_reason = ?, updated_at = ?, disabled_at = ?,
                       row_version = row_version + 1
                WHERE id = ? AND state = 'ENABLED'""")) {
            update.setString(1, reason);
            update.setTimestamp(2, timestamp(at));
            update.setTimestamp(3, timestamp(at));
            update.setObject(4, endpointId);
            return update.executeUpdate() == 1;
        }
    }

    public List<WebhookDelivery> deliveries(UUID endpointId, WebhookDelivery.Status status, int offset, int limit) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + DELIVERY_COLUMNS
                    + " FROM webhook_delivery WHERE endpoint_id = ? AND (?::text IS NULL OR status = ?::text)"
                    + " ORDER BY id DESC OFFSET ? LIMIT ?")) {
                select.setObject(1, endpointId);
                select.setString(2, status == null ? null : status.name());
                select.setString(3, status == null ? null : status.name());
                select.setInt(4, offset);
                select.setInt(5, limit);
                List<WebhookDelivery> deliveries = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        deliveries.add(delivery(rs));
                    }
                }
                return deliveries;
            }
        });
    }

    public long countDeliveries(UUID endpointId, WebhookDelivery.Status status) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ? AND (?::text IS NULL OR status = ?::text)")) {
                select.setObject(1, endpointId);
                select.setString(2, status == null ? null : status.name());
                select.setString(3, status == null ? null : status.name());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public Optional<WebhookDelivery> delivery(UUID endpointId, long deliveryId) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + DELIVERY_COLUMNS
                    + " FROM webhook_delivery WHERE endpoint_id = ? AND id = ?")) {
                select.setObject(1, endpointId);
                select.setLong(2, deliveryId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(delivery(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Queues a delivery again at once, with a fresh retry window; false when the endpoint has no such delivery. */
    public boolean redeliver(UUID endpointId, long deliveryId, Instant now) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, retry_from = ?, leased_until = NULL
                    WHERE endpoint_id = ? AND id = ?""")) {
                update.setTimestamp(1, timestamp(now));
                update.setTimestamp(2, timestamp(now));
                update.setObject(3, endpointId);
                update.setLong(4, deliveryId);
                return update.executeUpdate() == 1;
            }
        });
    }

    private long count(String sql, UUID id) {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (id != null) {
                    select.setObject(1, id);
                }
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int first) throws SQLException {
        int c = first;
        UUID id = rs.getObject(c++, UUID.class);
        String url = rs.getString(c++);
        String description = rs.getString(c++);
        Array types = rs.getArray(c++);
        List<String> eventTypes = Arrays.asList((String[]) types.getArray());
        return new WebhookEndpoint(id, url, description, List.copyOf(eventTypes), rs.getString(c++), rs.getString(c++),
                instant(rs.getTimestamp(c++)), WebhookEndpoint.State.valueOf(rs.getString(c++)), rs.getString(c++),
                rs.getInt(c++), rs.getString(c++), instant(rs.getTimestamp(c++)), instant(rs.getTimestamp(c++)), rs.getLong(c));
    }

    private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        return new WebhookDelivery(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                WebhookDelivery.Status.valueOf(rs.getString(5)), rs.getInt(6), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
                (Integer) rs.getObject(11), rs.getString(12), (Integer) rs.getObject(13), instant(rs.getTimestamp(14)));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
