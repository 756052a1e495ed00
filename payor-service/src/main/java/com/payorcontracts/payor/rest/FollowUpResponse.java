package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.service.RelationshipService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An open follow-up, with the payor and contact it concerns. */
public record FollowUpResponse(UUID interactionId, UUID payorId, String payorName,
                               @Schema(nullable = true) UUID contactId, @Schema(nullable = true) String contactName,
                               LocalDate dueOn, boolean overdue, @Schema(nullable = true) String outcome, long version) {

    static FollowUpResponse of(RelationshipService.FollowUp f) {
        var i = f.interaction();
        return new FollowUpResponse(i.id, i.payorId, f.payorName(), i.contactId, f.contactName(), i.nextFollowUpOn,
                f.overdue(), i.outcome, i.rowVersion);
    }
}
