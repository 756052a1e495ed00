package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.UmPolicy;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A payor's utilization-management rule for one code (and modifier) over a period. */
@DateOrder(start = "effectiveDate", end = "endDate")
@Schema(name = "UmPolicyRequest", example = """
        {"code": "64483", "priorAuthRequired": true, "effectiveDate": "2026-03-01",
         "sourceBulletinId": "5b1d7c3e-2f4a-4e8b-9c1d-0a2b3c4d5e6f", "notes": "Imaging within 6 months required"}""")
public record UmPolicyRequest(
        @NotNull @Pattern(regexp = Formats.CODE, message = Formats.CODE_MESSAGE) @Schema(example = "64483") String code,
        @Pattern(regexp = Formats.MODIFIER, message = Formats.MODIFIER_MESSAGE)
        @Schema(description = "Leave out for the code with any modifier that has no rule of its own") String modifier,
        @NotNull Boolean priorAuthRequired,
        @NotNull LocalDate effectiveDate,
        @Schema(description = "Leave out when open-ended") LocalDate endDate,
        @Schema(description = "The bulletin of this payor that announced the rule") UUID sourceBulletinId,
        @Size(max = 2000) String notes) {

    void applyTo(UmPolicy policy) {
        policy.code = code;
        policy.modifier = modifier;
        policy.priorAuthRequired = priorAuthRequired;
        policy.effectiveDate = effectiveDate;
        policy.endDate = endDate;
        policy.sourceBulletinId = sourceBulletinId;
        policy.notes = PayorRequest.blankToNull(notes);
    }
}
