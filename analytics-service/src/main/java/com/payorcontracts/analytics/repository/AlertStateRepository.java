package com.payorcontracts.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** What each user did with each alert (V90 {@code alert_state}), with the row version that is its ETag. */
@ApplicationScoped
public class AlertStateRepository {

    /** One user's state of one alert; {@code version} 0 for an alert the user never changed. */
    public record State(String status, LocalDate snoozedUntil, long version) {
    }

    private final Jdbc jdbc;

    AlertStateRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's states of these alerts, by alert id; alerts never changed are absent. */
    public Map<String, State> of(String user, Collection<String> alertIds) {
        return jdbc.inTransaction(connection -> {
            Map<String, State> states = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT alert_id, status, snoozed_until, row_version FROM alert_state WHERE user_subject = ? AND alert_id = ANY (?)")) {
                Array ids = connection.createArrayOf("text", alertIds.toArray());
                statement.setString(1, user);
                statement.setArray(2, ids);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        states.put(rs.getString(1), new State(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4)));
                    }
                }
            }
            return states;
        });
    }

    /**
     * Sets the user's state of the alert if it is still at {@code expectedVersion} (0: never changed);
     * false when someone else moved it first.
     */
    public boolean set(String user, String alertId, long expectedVersion, String status, LocalDate snoozedUntil, Instant now) {
        return jdbc.inTransaction(connection -> {
            String sql = expectedVersion == 0
                    ? "INSERT INTO alert_state (alert_id, user_subject, status, snoozed_until, row_version, updated_at)"
                      + " VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT DO NOTHING"
                    : "UPDATE alert_state SET status = ?, snoozed_until = ?, updated_at = ?, row_version = row_version + 1"
                      + " WHERE alert_id = ? AND user_subject = ? AND row_version = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (expectedVersion == 0) {
                    statement.setString(1, alertId);
                    statement.setString(2, user);
                    statement.setString(3, status);
                    statement.setDate(4, snoozedUntil == null ? null : Date.valueOf(snoozedUntil));
                    statement.setTimestamp(5, Timestamp.from(now));
                } else {
                    statement.setString(1, status);
                    statement.setDate(2, snoozedUntil == null ? null : Date.valueOf(snoozedUntil));
                    statement.setTimestamp(3, Timestamp.from(now));
                    statement.setString(4, alertId);
                    statement.setString(5, user);
                    statement.setLong(6, expectedVersion);
                }
                return statement.executeUpdate() == 1;
            }
        });
    }
}
