package com.payorcontracts.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The alerts the alert.due job announced ({@code alert_due_notice}, V152), one row per alert id. */
@ApplicationScoped
public class AlertNoticeRepository {

    private final Jdbc jdbc;

    AlertNoticeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these alert ids were announced already. */
    public Set<String> announced(Collection<String> alertIds) {
        if (alertIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT alert_id FROM alert_due_notice WHERE alert_id = ANY (?)")) {
                select.setArray(1, connection.createArrayOf("text", alertIds.toArray()));
                Set<String> announced = new HashSet<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        announced.add(rs.getString(1));
                    }
                }
                return announced;
            }
        });
    }

    /**
     * Records the alert as announced in the caller's transaction; false when it already was (another
     * replica or an earlier pass got there first), and then the caller announces nothing.
     */
    public boolean record(Connection connection, String alertId, String kind, LocalDate dueDate, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO alert_due_notice (alert_id, kind, due_date, noticed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (alert_id) DO NOTHING""")) {
            insert.setString(1, alertId);
            insert.setString(2, kind);
            insert.setDate(3, Date.valueOf(dueDate));
            insert.setTimestamp(4, Timestamp.from(at));
            return insert.executeUpdate() == 1;
        }
    }
}
