package com.payorcontracts.analytics.service;

import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.events.ReferenceScheduleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What the projection consumers do with one event: project it and, if it changed the projection,
 * queue its follow-up (a repricing), all in one transaction. A failure anywhere rolls back the
 * event's {@code processed_event} row too, so the redelivery is applied again rather than skipped
 * as a duplicate whose repricing was never queued.
 */
@ApplicationScoped
public class ProjectionUpdates {

    private final ContractProjector contracts;
    private final ReferenceScheduleProjector schedules;
    private final ContractChangeFollowUp followUp;
    private final PayorProjector payors;

    ProjectionUpdates(ContractProjector contracts, ReferenceScheduleProjector schedules, ContractChangeFollowUp followUp,
                      PayorProjector payors) {
        this.contracts = contracts;
        this.schedules = schedules;
        this.followUp = followUp;
        this.payors = payors;
    }

    /** Projects a contract change and queues the repricing of the claims it concerns. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ContractProjector.Outcome contractChanged(ContractChanged.V1 event) {
        ContractProjector.Outcome outcome = contracts.apply(event);
        if (outcome == ContractProjector.Outcome.APPLIED) {
            followUp.contractChanged(event.contractId(), event.contract().payorId());
        }
        return outcome;
    }

    /** Projects a reference schedule change and queues the repricing of every claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ContractProjector.Outcome referenceScheduleChanged(ReferenceScheduleChanged.V1 event) {
        ContractProjector.Outcome outcome = schedules.apply(event);
        if (outcome == ContractProjector.Outcome.APPLIED) {
            followUp.referenceScheduleChanged();
        }
        return outcome;
    }

    /** Projects a payor change (name, bulletin, follow-up); alerts read the projection, nothing else follows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ContractProjector.Outcome payorChanged(PayorChanged.V1 event) {
        return payors.apply(event);
    }
}
