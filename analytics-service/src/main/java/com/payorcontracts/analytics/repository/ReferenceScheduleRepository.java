package com.payorcontracts.analytics.repository;

import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.ReferenceScheduleChanged;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

/** The reference fee schedule projection in PostgreSQL. */
@ApplicationScoped
public class ReferenceScheduleRepository {

    // As for contracts, the WHERE makes "newer version wins" one atomic statement.
    private static final String UPSERT = """
            INSERT INTO reference_schedule_projection (schedule_id, version, name, year, locality, rows, row_count,
                                                       last_event_id, changed_at, projected_at)
            VALUES (?1, ?2, ?3, ?4, ?5, cast(?6 AS jsonb), ?7, ?8, ?9, ?10)
            ON CONFLICT (schedule_id) DO UPDATE SET
                version = EXCLUDED.version, name = EXCLUDED.name, year = EXCLUDED.year, locality = EXCLUDED.locality,
                rows = EXCLUDED.rows, row_count = EXCLUDED.row_count, last_event_id = EXCLUDED.last_event_id,
                changed_at = EXCLUDED.changed_at, projected_at = EXCLUDED.projected_at
            WHERE reference_schedule_projection.version < EXCLUDED.version""";

    /** Applies the event unless the projection already holds this or a newer version; true if it changed. */
    public boolean upsert(ReferenceScheduleChanged.V1 event, Instant now) {
        return Panache.getEntityManager().createNativeQuery(UPSERT)
                .setParameter(1, event.scheduleId())
                .setParameter(2, event.version())
                .setParameter(3, event.name())
                .setParameter(4, event.year())
                .setParameter(5, event.locality())
                .setParameter(6, new String(EventCodec.encode(event.rows()), StandardCharsets.UTF_8))
                .setParameter(7, event.rows().size())
                .setParameter(8, event.eventId())
                .setParameter(9, Timestamp.from(event.occurredAt()))
                .setParameter(10, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
