package com.payorcontracts.analytics.repository;

import com.payorcontracts.events.PayorChanged;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;

/**
 * analytics' payor projection (V90): the payor's name and status, its bulletins and its interactions'
 * follow-ups. Each upsert's WHERE makes "newer version wins" one statement, whatever order events come in.
 */
@ApplicationScoped
public class PayorProjectionRepository {

    private static final String UPSERT_PAYOR = """
            INSERT INTO payor_projection (payor_id, version, name, status, archived, last_event_id, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (payor_id) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name,
                status = EXCLUDED.status, archived = EXCLUDED.archived, last_event_id = EXCLUDED.last_event_id,
                changed_at = EXCLUDED.changed_at
            WHERE payor_projection.version < EXCLUDED.version""";

    private static final String UPSERT_BULLETIN = """
            INSERT INTO payor_bulletin (id, payor_id, item_version, removed, title, published_on, effective_date)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET item_version = EXCLUDED.item_version, removed = EXCLUDED.removed,
                title = EXCLUDED.title, published_on = EXCLUDED.published_on, effective_date = EXCLUDED.effective_date
            WHERE payor_bulletin.item_version < EXCLUDED.item_version""";

    private static final String UPSERT_INTERACTION = """
            INSERT INTO payor_interaction (id, payor_id, item_version, removed, kind, occurred_on, next_follow_up_on,
                                           follow_up_done)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET item_version = EXCLUDED.item_version, removed = EXCLUDED.removed,
                kind = EXCLUDED.kind, occurred_on = EXCLUDED.occurred_on,
                next_follow_up_on = EXCLUDED.next_follow_up_on, follow_up_done = EXCLUDED.follow_up_done
            WHERE payor_interaction.item_version < EXCLUDED.item_version""";

    private final Jdbc jdbc;

    PayorProjectionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies the event's payor state and its changed bulletin or interaction, each unless the
     * projection holds a newer version of it; true if anything changed. UM policies are not kept
     * (no alert reads them).
     */
    public boolean upsert(PayorChanged.V1 event) {
        return jdbc.inTransaction(connection -> {
            boolean changed;
            PayorChanged.PayorState payor = event.payor();
            try (PreparedStatement statement = connection.prepareStatement(UPSERT_PAYOR)) {
                statement.setObject(1, event.payorId());
                statement.setLong(2, event.version());
                statement.setString(3, payor.name());
                statement.setString(4, payor.status());
                statement.setBoolean(5, payor.archived());
                statement.setObject(6, event.eventId());
                statement.setTimestamp(7, Timestamp.from(event.occurredAt()));
                changed = statement.executeUpdate() == 1;
            }
            PayorChanged.ItemState item = event.item();
            if (item != null && item.bulletin() != null) {
                changed |= bulletin(connection, event, item);
            } else if (item != null && item.interaction() != null) {
                changed |= interaction(connection, event, item);
            }
            return changed;
        });
    }

    private static boolean bulletin(Connection connection, PayorChanged.V1 event, PayorChanged.ItemState item)
            throws SQLException {
        PayorChanged.BulletinState bulletin = item.bulletin();
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_BULLETIN)) {
            statement.setObject(1, item.id());
            statement.setObject(2, event.payorId());
            statement.setLong(3, event.version());
            statement.setBoolean(4, item.removed());
            statement.setString(5, bulletin.title() == null ? "" : bulletin.title());
            statement.setDate(6, date(bulletin.publishedOn()));
            statement.setDate(7, date(bulletin.effectiveDate()));
            return statement.executeUpdate() == 1;
        }
    }

    private static boolean interaction(Connection connection, PayorChanged.V1 event, PayorChanged.ItemState item)
            throws SQLException {
        PayorChanged.InteractionState interaction = item.interaction();
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_INTERACTION)) {
            statement.setObject(1, item.id());
            statement.setObject(2, event.payorId());
            statement.setLong(3, event.version());
            statement.setBoolean(4, item.removed());
            statement.setString(5, interaction.kind());
            statement.setDate(6, date(interaction.occurredOn()));
            statement.setDate(7, date(interaction.nextFollowUpOn()));
            statement.setBoolean(8, interaction.followUpDone());
            return statement.executeUpdate() == 1;
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
