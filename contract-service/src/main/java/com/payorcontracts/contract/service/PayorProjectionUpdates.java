package com.payorcontracts.contract.service;

import com.payorcontracts.contract.repository.PayorProjectionRepository;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.platform.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Applies one payor-changed event to the payor projection, once, in one transaction with its inbox record. */
@ApplicationScoped
public class PayorProjectionUpdates {

    static final String CONSUMER = "contract-payor-projection";

    /** What applying an event did. */
    public enum Outcome { APPLIED, STALE, DUPLICATE }

    private final Inbox inbox;
    private final PayorProjectionRepository payors;
    private final Clock clock;

    PayorProjectionUpdates(Inbox inbox, PayorProjectionRepository payors, Clock clock) {
        this.inbox = inbox;
        this.payors = payors;
        this.clock = clock;
    }

    @Transactional
    public Outcome payorChanged(PayorChanged.V1 event) {
        if (!inbox.firstSeen(CONSUMER, event.eventId())) {
            return Outcome.DUPLICATE;
        }
        // Every event carries the profile; an item event also its UM policy (bulletins and interactions are not kept here).
        boolean applied = payors.upsertPayor(event.payorId(), event.version(), event.payor(), clock.instant());
        PayorChanged.ItemState item = event.item();
        if (item != null && item.umPolicy() != null) {
            applied |= payors.upsertPolicy(item.id(), event.payorId(), event.version(), item.umPolicy(), item.removed());
        }
        return applied ? Outcome.APPLIED : Outcome.STALE;
    }
}
