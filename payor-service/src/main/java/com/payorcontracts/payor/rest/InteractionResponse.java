package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Interaction;
import com.payorcontracts.payor.domain.InteractionKind;

import java.time.LocalDate;
import java.util.UUID;

/** An interaction as the API shows it. */
public record InteractionResponse(UUID id, UUID payorId, UUID contactId, InteractionKind kind, LocalDate occurredOn,
                                  String notes, String outcome, LocalDate nextFollowUpOn, boolean followUpDone, long version) {

    static InteractionResponse of(Interaction i) {
        return new InteractionResponse(i.id, i.payorId, i.contactId, i.kind, i.occurredOn, i.notes, i.outcome,
                i.nextFollowUpOn, i.followUpDone, i.rowVersion);
    }
}
