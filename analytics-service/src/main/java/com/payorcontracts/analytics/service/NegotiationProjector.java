package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.NegotiationProjectionRepository;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.platform.messaging.Inbox;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/** Keeps the negotiation projection from negotiation-changed events, and reads it. */
@ApplicationScoped
public class NegotiationProjector {

    /** The consumer name under which processed events are recorded. */
    public static final String CONSUMER = "negotiation-projection";

    private final NegotiationProjectionRepository negotiations;
    private final Inbox inbox;
    private final Clock clock;

    NegotiationProjector(NegotiationProjectionRepository negotiations, Inbox inbox, Clock clock) {
        this.negotiations = negotiations;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Applies one event in a transaction of its own: a seen event id or an older version changes nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ContractProjector.Outcome apply(NegotiationChanged.V1 event) {
        Instant now = Instant.now(clock);
        if (!inbox.firstSeen(CONSUMER, event.eventId())) {
            return ContractProjector.Outcome.DUPLICATE;
        }
        negotiations.keepProposal(event, now);
        return negotiations.upsert(event, now) ? ContractProjector.Outcome.APPLIED : ContractProjector.Outcome.STALE;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(UUID contractId, String status, PageRequest page,
                                    Function<NegotiationProjectionRepository.Row, T> toDto) {
        return PageResponse.of(negotiations.page(contractId, status, page), page, negotiations.count(contractId, status), toDto);
    }
}
