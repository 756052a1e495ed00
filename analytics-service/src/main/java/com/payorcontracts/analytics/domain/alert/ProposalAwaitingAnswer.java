package com.payorcontracts.analytics.domain.alert;

import java.util.Optional;
import java.util.Set;

/**
 * A payor's proposal we have not answered: the negotiation is still OPEN or COUNTERED and its latest
 * proposal is the payor's. negotiation-changed carries no respond-by date, so the answer is due a
 * configured number of days after the proposal was made; shown {@code withinDays} before that and, once
 * overdue, until we counter (the latest proposal becomes ours) or the negotiation ends.
 */
public final class ProposalAwaitingAnswer {

    private static final Set<String> AWAITING = Set.of("OPEN", "COUNTERED");

    private ProposalAwaitingAnswer() {
    }

    /** @param answerDays days after a payor's proposal by which we answer it (0 or more) */
    public static Optional<Alert> of(NegotiationFacts negotiation, int answerDays) {
        if (!AWAITING.contains(negotiation.status()) || !"PAYOR".equals(negotiation.latestFrom())
                || negotiation.proposedOn() == null) {
            return Optional.empty();
        }
        var due = negotiation.proposedOn().plusDays(answerDays);
        Subject subject = new Subject("negotiation", negotiation.negotiationId().toString(),
                negotiation.name() + ": payor proposal, round " + negotiation.round(), negotiation.payorId(),
                negotiation.contractId());
        // The round and its date identify the proposal: a new payor proposal after our counter is another alert.
        return Optional.of(new Alert(AlertKind.PROPOSAL_AWAITING_ANSWER, subject, due, null, null,
                "round=" + negotiation.round() + ";proposedOn=" + negotiation.proposedOn(), null));
    }
}
