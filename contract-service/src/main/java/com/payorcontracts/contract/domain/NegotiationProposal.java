package com.payorcontracts.contract.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One round of a negotiation: what one party proposes, stored as JSON beside it. */
@Entity
@Table(name = "negotiation_proposal")
public class NegotiationProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "negotiation_id", nullable = false)
    public UUID negotiationId;

    @Column(nullable = false)
    public int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_party", nullable = false)
    public Party from;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ProposedTerms terms;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected NegotiationProposal() {
    }

    public NegotiationProposal(UUID negotiationId, int round, Party from, ProposedTerms terms, String note,
                               String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.negotiationId = negotiationId;
        this.round = round;
        this.from = from;
        this.terms = terms;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }
}
