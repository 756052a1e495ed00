package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.ProviderRequirement;
import com.payorcontracts.payor.domain.RequirementKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A credentialing or accreditation requirement, or the panel's status, over a period. */
@DateOrder(start = "effectiveDate", end = "endDate")
@Schema(name = "RequirementRequest", example = """
        {"kind": "PANEL", "description": "Orthopedic spine panel closed to new ASCs in the Dallas metro",
         "panelOpen": false, "state": "TX", "effectiveDate": "2026-01-01", "endDate": "2026-12-31"}""")
public record RequirementRequest(
        @NotNull RequirementKind kind,
        @NotBlank @Size(max = 2000) String description,
        @Schema(description = "For PANEL only (and required there): whether the panel takes new providers") Boolean panelOpen,
        @Pattern(regexp = Formats.US_STATE, message = Formats.US_STATE_MESSAGE)
        @Schema(description = "Leave out when it applies everywhere") String state,
        @NotNull LocalDate effectiveDate,
        @Schema(description = "Leave out when open-ended") LocalDate endDate) {

    void applyTo(ProviderRequirement requirement) {
        requirement.kind = kind;
        requirement.description = description.strip();
        requirement.panelOpen = panelOpen;
        requirement.state = state;
        requirement.effectiveDate = effectiveDate;
        requirement.endDate = endDate;
    }
}
