package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.PayorProjectionRepository;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.platform.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps the payor projection (name, bulletins, follow-ups, EDI payer ids) from payor-changed events. */
@ApplicationScoped
public class PayorProjector {

    /** The consumer name under which processed events are recorded. */
    public static final String CONSUMER = "payor-projection";

    private final PayorProjectionRepository payors;
    private final PayorEdiIds ediIds;
    private final Inbox inbox;

    PayorProjector(PayorProjectionRepository payors, PayorEdiIds ediIds, Inbox inbox) {
        this.payors = payors;
        this.ediIds = ediIds;
        this.inbox = inbox;
    }

    /** Applies one event in the caller's transaction: a duplicate changes nothing, an older version never wins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ContractProjector.Outcome apply(PayorChanged.V1 event) {
        if (!inbox.firstSeen(CONSUMER, event.eventId())) {
            return ContractProjector.Outcome.DUPLICATE;
        }
        boolean ediIdsChanged = ediIds.keep(event);
        boolean projected = payors.upsert(event);
        return ediIdsChanged || projected ? ContractProjector.Outcome.APPLIED : ContractProjector.Outcome.STALE;
    }
}
