package com.payorcontracts.analytics.repository;

import com.payorcontracts.analytics.domain.ContractProjection;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The contract projection in PostgreSQL. */
@ApplicationScoped
public class ContractProjectionRepository implements PanacheRepositoryBase<ContractProjection, UUID> {

    // The WHERE makes "newer version wins" one atomic statement, whatever order events arrive in.
    private static final String UPSERT = """
            INSERT INTO contract_projection (contract_id, version, payor_id, name, status, effective_date,
                                             expiration_date, terms, last_event_id, changed_at, projected_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 AS jsonb), ?9, ?10, ?11)
            ON CONFLICT (contract_id) DO UPDATE SET
                version = EXCLUDED.version, payor_id = EXCLUDED.payor_id, name = EXCLUDED.name,
                status = EXCLUDED.status, effective_date = EXCLUDED.effective_date,
                expiration_date = EXCLUDED.expiration_date, terms = EXCLUDED.terms,
                last_event_id = EXCLUDED.last_event_id, changed_at = EXCLUDED.changed_at,
                projected_at = EXCLUDED.projected_at
            WHERE contract_projection.version < EXCLUDED.version""";

    /** Applies the event unless the projection already holds this or a newer version; true if it changed. */
    public boolean upsert(ContractChanged.V1 event, Instant now) {
        ContractChanged.ContractTerms terms = event.contract();
        return getEntityManager().createNativeQuery(UPSERT)
                .setParameter(1, event.contractId())
                .setParameter(2, event.version())
                .setParameter(3, terms.payorId())
                .setParameter(4, terms.name())
                .setParameter(5, terms.status())
                .setParameter(6, Date.valueOf(terms.effectiveDate()))
                .setParameter(7, Date.valueOf(terms.expirationDate()))
                .setParameter(8, new String(EventCodec.encode(terms), StandardCharsets.UTF_8))
                .setParameter(9, event.eventId())
                .setParameter(10, Timestamp.from(event.occurredAt()))
                .setParameter(11, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
