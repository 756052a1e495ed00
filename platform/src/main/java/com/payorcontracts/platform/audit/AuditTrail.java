package com.payorcontracts.platform.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.security.Caller;
import com.payorcontracts.security.SecurityMatrix;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audit trail of every service (table {@code audit_event}, migration V10 in this jar): each
 * change appends who made it (the token's subject and roles, never a body field), when, the
 * request id, the resource, the action and what changed, inside the change's own transaction, so
 * both commit or neither does. Nothing updates or deletes a row; the database refuses it too.
 */
@ApplicationScoped
public class AuditTrail {

    /** The subject of changes no request made (jobs, consumers). */
    public static final String SYSTEM = "system";

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, subject, roles, request_id, resource_type, resource_id, action, changes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";
    private static final String PAGE = """
            SELECT id, occurred_at, subject, roles, request_id, resource_type, resource_id, action, changes::text
            FROM audit_event WHERE resource_type = ? AND resource_id = ? ORDER BY id DESC LIMIT ? OFFSET ?""";
    private static final String COUNT = "SELECT count(*) FROM audit_event WHERE resource_type = ? AND resource_id = ?";

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final ObjectMapper json;
    private final ObjectMapper entities;
    private final Clock clock;
    private final Set<String> restricted;

    AuditTrail(AgroalDataSource dataSource, Caller caller, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.json = json;
        // Entities are read by their public fields only: never a getter that loads, never Hibernate's own fields.
        this.entities = json.copy().setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY);
        this.clock = clock;
        this.restricted = SecurityMatrix.load().fields().stream().map(SecurityMatrix.Field::name).collect(Collectors.toSet());
    }

    /**
     * Records an edit: {@code before} and {@code after} are snapshots (records, maps, or entities
     * read by their public fields) compared field by field; null before is a creation, null after
     * a removal. Call it after the change, inside its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String resourceType, Object resourceId, String action, Object before, Object after) {
        append(resourceType, resourceId, action, AuditChanges.diff(snapshot(before), snapshot(after), restricted));
    }

    /**
     * As {@link #changed(String, Object, String, Object, Object)}, for a service that runs its
     * transaction on a plain JDBC connection (analytics' bulk paths): the row commits with it.
     */
    public void changed(Connection transaction, String resourceType, Object resourceId, String action, Object before, Object after) {
        append(transaction, resourceType, resourceId, action, AuditChanges.diff(snapshot(before), snapshot(after), restricted));
    }

    /** Records a bulk change by a summary (counts, never the rows themselves). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void summarized(String resourceType, Object resourceId, String action, Map<String, ?> summary) {
        append(resourceType, resourceId, action, json.valueToTree(summary));
    }

    /**
     * As {@link #summarized(String, Object, String, Map)}, for a service that runs its transaction on a
     * plain JDBC connection (analytics' claims, remittances and jobs): the row commits with it.
     */
    public void summarized(Connection transaction, String resourceType, Object resourceId, String action, Map<String, ?> summary) {
        append(transaction, resourceType, resourceId, action, json.valueToTree(summary));
    }

    /** A snapshot to pass as {@code before} to {@link #changed}, taken before the change mutates the object. */
    public JsonNode snapshot(Object state) {
        if (state == null || state instanceof JsonNode) {
            return (JsonNode) state;
        }
        return state.getClass().isRecord() || state instanceof Map ? json.valueToTree(state) : entities.valueToTree(state);
    }

    /** A resource's trail, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEvent> page(String resourceType, Object resourceId, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(PAGE)) {
                select.setString(1, resourceType);
                select.setString(2, resourceId.toString());
                select.setInt(3, page.size());
                select.setLong(4, page.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new AuditEvent(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                                Arrays.asList((String[]) rows.getArray(4).getArray()), rows.getString(5), rows.getString(6),
                                rows.getString(7), rows.getString(8), json.readTree(rows.getString(9))));
                    }
                }
            }
            long total;
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                count.setString(1, resourceType);
                count.setString(2, resourceId.toString());
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            return PageResponse.of(events, page, total, event -> event);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read the audit trail of " + resourceType + " " + resourceId, e);
        }
    }

    private void append(String resourceType, Object resourceId, String action, JsonNode changes) {
        try (Connection connection = dataSource.getConnection()) {
            append(connection, resourceType, resourceId, action, changes);
        } catch (SQLException e) {
            throw new IllegalStateException("could not append to the audit trail of " + resourceType + " " + resourceId, e);
        }
    }

    private void append(Connection connection, String resourceType, Object resourceId, String action, JsonNode changes) {
        boolean inRequest = Arc.container().requestContext().isActive() && caller.checked();
        String subject = inRequest ? caller.subject() : SYSTEM;
        Set<String> roles = inRequest ? new TreeSet<>(caller.roles()) : Set.of();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now(clock)));
            insert.setString(2, subject);
            insert.setArray(3, connection.createArrayOf("text", roles.toArray()));
            insert.setString(4, inRequest ? caller.requestId() : null);
            insert.setString(5, resourceType);
            insert.setString(6, resourceId.toString());
            insert.setString(7, action);
            insert.setString(8, json.writeValueAsString(changes));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not append to the audit trail of " + resourceType + " " + resourceId, e);
        }
    }
}
