package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move through the targeting pipeline, with who asked for it and why. */
@Schema(name = "StatusRequest", example = """
        {"status": "TARGETED", "reason": "120k commercial lives in our three counties; spine rates below market",
         "changedBy": "dana.whitfield@northridge-asc.example"}""")
public record StatusRequest(
        @NotNull @Schema(description = "The status to move to") PayorStatus status,
        @NotBlank @Size(max = 2000) @Schema(description = "Why, for whoever reads the history later") String reason,
        @NotBlank @Size(max = 200) @Schema(description = "Who decided it") String changedBy) {
}
