package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.service.RelationshipService;

import java.time.LocalDate;
import java.util.UUID;

/** An open follow-up, with the payor and contact it concerns. */
public record FollowUpResponse(UUID interactionId, UUID payorId, String payorName, UUID contactId, String contactName,
                               LocalDate dueOn, boolean overdue, String outcome, long version) {

    static FollowUpResponse of(RelationshipService.FollowUp f) {
        var i = f.interaction();
        return new FollowUpResponse(i.id, i.payorId, f.payorName(), i.contactId, f.contactName(), i.nextFollowUpOn,
                f.overdue(), i.outcome, i.rowVersion);
    }
}
