package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Interaction;
import com.payorcontracts.payor.domain.InteractionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An interaction as the API shows it. */
public record InteractionResponse(UUID id, UUID payorId, @Schema(nullable = true) UUID contactId, InteractionKind kind,
                                  LocalDate occurredOn,
                                  @Schema(nullable = true) String notes, @Schema(nullable = true) String outcome,
                                  @Schema(nullable = true) LocalDate nextFollowUpOn, boolean followUpDone, long version) {

    static InteractionResponse of(Interaction i) {
        return new InteractionResponse(i.id, i.payorId, i.contactId, i.kind, i.occurredOn, i.notes, i.outcome,
                i.nextFollowUpOn, i.followUpDone, i.rowVersion);
    }
}
