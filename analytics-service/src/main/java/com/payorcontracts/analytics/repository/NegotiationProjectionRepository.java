package com.payorcontracts.analytics.repository;

import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** analytics' projection of negotiations, one row per negotiation, in PostgreSQL. */
@ApplicationScoped
public class NegotiationProjectionRepository {

    // The WHERE makes "newer version wins" one atomic statement, whatever order events arrive in.
    private static final String UPSERT = """
            INSERT INTO negotiation_projection (negotiation_id, version, contract_id, payor_id, name, status, rounds,
                latest_from, latest_effective_date, new_expiration_date, current_annual_total, proposed_annual_total,
                amendment_id, latest, last_event_id, changed_at, projected_at, latest_proposed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, cast(?14 AS jsonb), ?15, ?16, ?17, ?18)
            ON CONFLICT (negotiation_id) DO UPDATE SET
                version = EXCLUDED.version, contract_id = EXCLUDED.contract_id, payor_id = EXCLUDED.payor_id,
                name = EXCLUDED.name, status = EXCLUDED.status, rounds = EXCLUDED.rounds,
                latest_from = EXCLUDED.latest_from, latest_effective_date = EXCLUDED.latest_effective_date,
                new_expiration_date = EXCLUDED.new_expiration_date, current_annual_total = EXCLUDED.current_annual_total,
                proposed_annual_total = EXCLUDED.proposed_annual_total, amendment_id = EXCLUDED.amendment_id,
                latest = EXCLUDED.latest, last_event_id = EXCLUDED.last_event_id, changed_at = EXCLUDED.changed_at,
                projected_at = EXCLUDED.projected_at,
                latest_proposed_at = coalesce(EXCLUDED.latest_proposed_at, negotiation_projection.latest_proposed_at)
            WHERE negotiation_projection.version < EXCLUDED.version""";
    // A proposal never changes once made: the first event naming it wins.
    private static final String KEEP_PROPOSAL = """
            INSERT INTO negotiation_proposal_projection (proposal_id, negotiation_id, contract_id, round, from_party,
                effective_date, proposal, projected_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 AS jsonb), ?8)
            ON CONFLICT (proposal_id) DO NOTHING""";
    private static final String COLUMNS = """
            SELECT negotiation_id, version, contract_id, payor_id, name, status, rounds, latest_from, latest_effective_date,
                   new_expiration_date, current_annual_total, proposed_annual_total, amendment_id, changed_at
            FROM negotiation_projection""";

    private final EntityManager entityManager;

    NegotiationProjectionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One negotiation as projected. */
    public record Row(UUID negotiationId, long version, UUID contractId, UUID payorId, String name, String status, int rounds,
                      String latestFrom, LocalDate latestEffectiveDate, LocalDate newExpirationDate,
                      BigDecimal currentAnnualTotal, BigDecimal proposedAnnualTotal, UUID amendmentId, Instant changedAt) {
    }

    /** Applies the event unless the projection already holds this or a newer version; true if it changed. */
    public boolean upsert(NegotiationChanged.V1 event, Instant now) {
        NegotiationChanged.Proposal latest = event.latest();
        return entityManager.createNativeQuery(UPSERT)
                .setParameter(1, event.negotiationId())
                .setParameter(2, event.version())
                .setParameter(3, event.contractId())
                .setParameter(4, event.payorId())
                .setParameter(5, event.name())
                .setParameter(6, event.status())
                .setParameter(7, event.rounds())
                .setParameter(8, latest == null ? null : latest.from())
                .setParameter(9, latest == null || latest.effectiveDate() == null ? null : Date.valueOf(latest.effectiveDate()))
                .setParameter(10, latest == null || latest.newExpirationDate() == null ? null : Date.valueOf(latest.newExpirationDate()))
                .setParameter(11, latest == null ? null : latest.currentAnnualTotal())
                .setParameter(12, latest == null ? null : latest.proposedAnnualTotal())
                .setParameter(13, event.amendmentId())
                .setParameter(14, latest == null ? null : new String(EventCodec.encode(latest), StandardCharsets.UTF_8))
                .setParameter(15, event.eventId())
                .setParameter(16, Timestamp.from(event.occurredAt()))
                .setParameter(17, Timestamp.from(now))
                // Only a PROPOSED event makes a new latest proposal; accepting or ending one keeps its time.
                .setParameter(18, event.kind() == NegotiationChanged.ChangeKind.PROPOSED ? Timestamp.from(event.occurredAt()) : null)
                .executeUpdate() == 1;
    }

    /** A proposal as analytics keeps it: the negotiation and contract it belongs to and its terms. */
    public record ProposalRow(UUID proposalId, UUID negotiationId, UUID contractId, NegotiationChanged.Proposal proposal) {
    }

    /** Keeps the proposal the event carries, if any and not kept already. */
    public void keepProposal(NegotiationChanged.V1 event, Instant now) {
        NegotiationChanged.Proposal latest = event.latest();
        if (latest == null || latest.proposalId() == null || latest.effectiveDate() == null) {
            return;
        }
        entityManager.createNativeQuery(KEEP_PROPOSAL)
                .setParameter(1, latest.proposalId())
                .setParameter(2, event.negotiationId())
                .setParameter(3, event.contractId())
                .setParameter(4, latest.round())
                .setParameter(5, latest.from())
                .setParameter(6, Date.valueOf(latest.effectiveDate()))
                .setParameter(7, new String(EventCodec.encode(latest), StandardCharsets.UTF_8))
                .setParameter(8, Timestamp.from(now))
                .executeUpdate();
    }

    /** One proposal of one negotiation, if analytics has seen it. */
    public Optional<ProposalRow> proposal(UUID negotiationId, UUID proposalId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT proposal_id, negotiation_id, contract_id, proposal::text FROM negotiation_proposal_projection
                        WHERE negotiation_id = ?1 AND proposal_id = ?2""")
                .setParameter(1, negotiationId)
                .setParameter(2, proposalId)
                .getResultList();
        return rows.stream().findFirst().map(c -> new ProposalRow((UUID) c[0], (UUID) c[1], (UUID) c[2],
                EventCodec.decode(((String) c[3]).getBytes(StandardCharsets.UTF_8), NegotiationChanged.Proposal.class)));
    }

    /** Negotiations most recently changed first, optionally of one contract or in one status. */
    public List<Row> page(UUID contractId, String status, PageRequest page) {
        Query query = entityManager.createNativeQuery(COLUMNS + where(contractId, status)
                + " ORDER BY changed_at DESC, negotiation_id LIMIT " + page.size() + " OFFSET " + page.offset());
        bind(query, contractId, status);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(NegotiationProjectionRepository::row).toList();
    }

    public long count(UUID contractId, String status) {
        Query query = entityManager.createNativeQuery("SELECT count(*) FROM negotiation_projection" + where(contractId, status));
        bind(query, contractId, status);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(UUID contractId, String status) {
        return contractId == null && status == null ? ""
                : " WHERE " + (contractId == null ? "" : "contract_id = :contract") + (contractId != null && status != null ? " AND " : "")
                + (status == null ? "" : "status = :status");
    }

    private static void bind(Query query, UUID contractId, String status) {
        if (contractId != null) {
            query.setParameter("contract", contractId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }

    private static Row row(Object[] c) {
        return new Row((UUID) c[0], ((Number) c[1]).longValue(), (UUID) c[2], (UUID) c[3], (String) c[4], (String) c[5],
                ((Number) c[6]).intValue(), (String) c[7], localDate(c[8]), localDate(c[9]), (BigDecimal) c[10],
                (BigDecimal) c[11], (UUID) c[12], instant(c[13]));
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
