package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.ProviderRequirement;
import com.payorcontracts.payor.domain.RequirementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A provider requirement as the API shows it. */
public record RequirementResponse(UUID id, UUID payorId, RequirementKind kind, String description,
                                  @Schema(nullable = true) Boolean panelOpen,
                                  @Schema(nullable = true) String state, LocalDate effectiveDate,
                                  @Schema(nullable = true) LocalDate endDate, long version) {

    static RequirementResponse of(ProviderRequirement r) {
        return new RequirementResponse(r.id, r.payorId, r.kind, r.description, r.panelOpen, r.state, r.effectiveDate,
                r.endDate, r.rowVersion);
    }
}
