package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.Negotiation;
import com.payorcontracts.contract.domain.NegotiationProposal;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Negotiations and their proposals in PostgreSQL. */
@ApplicationScoped
public class NegotiationRepository implements PanacheRepositoryBase<Negotiation, UUID> {

    /** The contract's negotiation, locked until the transaction ends (a concurrent writer is a 409 at once). */
    public Optional<Negotiation> lockNoWait(UUID contractId, UUID id) {
        return Optional.ofNullable(getEntityManager().find(Negotiation.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", 0))).filter(n -> n.contractId.equals(contractId));
    }

    public Optional<Negotiation> ofContract(UUID contractId, UUID id) {
        return findByIdOptional(id).filter(n -> n.contractId.equals(contractId));
    }

    /** The contract's negotiations, newest first. */
    public List<Negotiation> page(UUID contractId, PageRequest request) {
        return find("contractId = ?1 order by createdAt desc, id", contractId).page(Page.of(request.page(), request.size())).list();
    }

    public long count(UUID contractId) {
        return count("contractId", contractId);
    }

    public void persist(NegotiationProposal proposal) {
        getEntityManager().persist(proposal);
    }

    /** The negotiation's proposals, first round first. */
    public List<NegotiationProposal> proposals(UUID negotiationId) {
        return getEntityManager().createQuery("from NegotiationProposal where negotiationId = ?1 order by round",
                NegotiationProposal.class).setParameter(1, negotiationId).getResultList();
    }

    public Optional<NegotiationProposal> proposal(UUID negotiationId, UUID proposalId) {
        return Optional.ofNullable(getEntityManager().find(NegotiationProposal.class, proposalId))
                .filter(p -> p.negotiationId.equals(negotiationId));
    }
}
