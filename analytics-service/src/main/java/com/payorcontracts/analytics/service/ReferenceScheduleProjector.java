package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.ReferenceScheduleRepository;
import com.payorcontracts.events.ReferenceScheduleChanged;
import com.payorcontracts.platform.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Keeps the reference fee schedule projection from reference-schedule-changed events. */
@ApplicationScoped
public class ReferenceScheduleProjector {

    /** The consumer name under which processed events are recorded. */
    public static final String CONSUMER = "reference-schedule-projection";

    private final ReferenceScheduleRepository schedules;
    private final Inbox inbox;
    private final Clock clock;

    ReferenceScheduleProjector(ReferenceScheduleRepository schedules, Inbox inbox, Clock clock) {
        this.schedules = schedules;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Applies one event in the caller's transaction or one of its own: a seen event id or an older version changes nothing. */
    @Transactional
    public ContractProjector.Outcome apply(ReferenceScheduleChanged.V1 event) {
        Instant now = Instant.now(clock);
        if (!inbox.firstSeen(CONSUMER, event.eventId())) {
            return ContractProjector.Outcome.DUPLICATE;
        }
        return schedules.upsert(event, now) ? ContractProjector.Outcome.APPLIED : ContractProjector.Outcome.STALE;
    }
}
