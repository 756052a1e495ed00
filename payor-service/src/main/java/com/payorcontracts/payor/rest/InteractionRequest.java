package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Interaction;
import com.payorcontracts.payor.domain.InteractionKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One conversation with the payor, its outcome, and when to follow up. */
@DateOrder(start = "occurredOn", end = "nextFollowUpOn")
@Schema(name = "InteractionRequest", example = """
        {"kind": "MEETING", "occurredOn": "2026-02-10", "contactId": "0f8e7d6c-5b4a-4392-8a1b-2c3d4e5f6a7b",
         "notes": "Walked through our facet-injection volumes and outcomes.",
         "outcome": "They will send a rate proposal for 64490-64495", "nextFollowUpOn": "2026-03-02"}""")
public record InteractionRequest(
        @NotNull InteractionKind kind,
        @NotNull LocalDate occurredOn,
        @Schema(description = "A contact of this payor") UUID contactId,
        @Size(max = 10_000) String notes,
        @Size(max = 2000) String outcome,
        @Schema(description = "When to follow up; not before occurredOn") LocalDate nextFollowUpOn,
        @Schema(description = "Set once the follow-up happened; it then leaves the follow-up list") Boolean followUpDone) {

    void applyTo(Interaction interaction) {
        interaction.kind = kind;
        interaction.occurredOn = occurredOn;
        interaction.contactId = contactId;
        interaction.notes = PayorRequest.blankToNull(notes);
        interaction.outcome = PayorRequest.blankToNull(outcome);
        interaction.nextFollowUpOn = nextFollowUpOn;
        interaction.followUpDone = Boolean.TRUE.equals(followUpDone);
    }
}
