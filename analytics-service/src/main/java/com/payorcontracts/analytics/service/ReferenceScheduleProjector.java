package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.ProcessedEventRepository;
import com.payorcontracts.analytics.repository.ReferenceScheduleRepository;
import com.payorcontracts.events.ReferenceScheduleChanged;
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
    private final ProcessedEventRepository processed;
    private final Clock clock;

    ReferenceScheduleProjector(ReferenceScheduleRepository schedules, ProcessedEventRepository processed, Clock clock) {
        this.schedules = schedules;
        this.processed = processed;
        this.clock = clock;
    }

    /** Applies one event in its own transaction: a seen event id or an older version changes nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ContractProjector.Outcome apply(ReferenceScheduleChanged.V1 event) {
        Instant now = Instant.now(clock);
        if (!processed.markFirstSeen(CONSUMER, event.eventId(), now)) {
            return ContractProjector.Outcome.DUPLICATE;
        }
        return schedules.upsert(event, now) ? ContractProjector.Outcome.APPLIED : ContractProjector.Outcome.STALE;
    }
}
