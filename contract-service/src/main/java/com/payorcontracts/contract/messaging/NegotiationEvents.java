package com.payorcontracts.contract.messaging;

import com.payorcontracts.contract.config.TopicsConfig;
import com.payorcontracts.contract.domain.Negotiation;
import com.payorcontracts.contract.domain.NegotiationProposal;
import com.payorcontracts.contract.domain.ProposalComparison;
import com.payorcontracts.contract.domain.ProposedTerms;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.platform.messaging.Outbox;
import com.payorcontracts.platform.messaging.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a negotiation change into a negotiation-changed event in the outbox, inside the change's
 * transaction. It carries the latest proposal's terms and totals, never a floor or what is below one.
 */
@ApplicationScoped
public class NegotiationEvents {

    private final Outbox outbox;
    private final TopicsConfig topics;

    NegotiationEvents(Outbox outbox, TopicsConfig topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    /**
     * @param latest its latest proposal, or null
     * @param totals that proposal's totals, or null
     */
    public NegotiationChanged.V1 changed(Negotiation negotiation, NegotiationChanged.ChangeKind kind, NegotiationProposal latest,
                                         ProposalComparison.Totals totals, Instant now) {
        long version = negotiation.recordChange(now);
        NegotiationChanged.V1 event = new NegotiationChanged.V1(UUID.randomUUID(), negotiation.id, negotiation.contractId,
                negotiation.payorId, version, now, kind, negotiation.name, negotiation.status.name(), negotiation.rounds,
                latest == null ? null : proposal(latest, totals), negotiation.amendmentId);
        outbox.append(new OutboxMessage(event.eventId(), topics.negotiationChanged(), negotiation.id.toString(),
                NegotiationChanged.TYPE_V1, EventCodec.encode(event), Map.of()), now);
        return event;
    }

    private static NegotiationChanged.Proposal proposal(NegotiationProposal proposal, ProposalComparison.Totals totals) {
        ProposedTerms terms = proposal.terms;
        ProposedTerms.TermChanges changes = terms.terms();
        return new NegotiationChanged.Proposal(proposal.id, proposal.round, proposal.from.name(), terms.effectiveDate(),
                terms.newExpirationDate(), terms.autoRenew(),
                terms.escalator() == null ? null : terms.escalator().annualPercent(),
                terms.escalator() == null ? null : terms.escalator().years(),
                terms.escalator() == null ? null : terms.escalator().firstAnniversary(),
                terms.escalator() == null ? null : terms.escalator().appliesTo().stream().map(Enum::name).sorted().toList(),
                changes == null ? null : changes.paymentDays(), changes == null ? null : changes.timelyFilingDays(),
                changes == null ? null : changes.lesserOfPercent(),
                terms.rateChanges().stream().map(c -> new NegotiationChanged.RateChange(c.kind().name(), c.codes(),
                        c.amount(), c.percent())).toList(),
                totals == null ? null : totals.currentAnnualTotal(), totals == null ? null : totals.proposedAnnualTotal(),
                proposal.note);
    }
}
