package com.payorcontracts.contract.domain;

import com.payorcontracts.platform.rest.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A negotiation with a contract's payor: of a renewal or amendment of an ACTIVE contract, or of
 * the terms of a new (DRAFT or NEGOTIATING) one. Its proposals are {@link NegotiationProposal}s.
 */
@Entity
@Table(name = "negotiation")
public class Negotiation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "payor_id", nullable = false)
    public UUID payorId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NegotiationStatus status;

    @Column(nullable = false)
    public int rounds;

    @Column(name = "accepted_proposal_id")
    public UUID acceptedProposalId;

    /** The amendment (or renewal) accepting created; null for a new contract's terms or before acceptance. */
    @Column(name = "amendment_id")
    public UUID amendmentId;

    @Column(name = "status_reason")
    public String statusReason;

    /** Version of the last negotiation-changed event, and the ETag. */
    @Column(name = "event_version", nullable = false)
    public long eventVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Negotiation() {
    }

    public Negotiation(UUID contractId, UUID payorId, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.payorId = payorId;
        this.name = name;
        this.status = NegotiationStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Every change moves the event version on by one. */
    public long recordChange(Instant now) {
        this.updatedAt = now;
        return ++eventVersion;
    }

    /** A new proposal: the first keeps the negotiation OPEN, every later one counters; returns its round. */
    public int propose() {
        if (rounds > 0) {
            moveTo(NegotiationStatus.COUNTERED);
        } else if (status != NegotiationStatus.OPEN) {
            throw illegal(NegotiationStatus.COUNTERED);
        }
        return ++rounds;
    }

    /** Ends the negotiation: ACCEPTED, REJECTED or WITHDRAWN (409 naming the allowed moves otherwise). */
    public void end(NegotiationStatus to, String reason) {
        moveTo(to);
        this.statusReason = reason;
    }

    private void moveTo(NegotiationStatus to) {
        if (!status.next().contains(to)) {
            throw illegal(to);
        }
        status = to;
    }

    private ApiException illegal(NegotiationStatus to) {
        return ApiException.illegalTransition("negotiation", status.name(), to.name(),
                status.next().stream().map(Enum::name).toList());
    }
}
