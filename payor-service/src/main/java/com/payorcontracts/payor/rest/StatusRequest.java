package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move through the targeting pipeline, and why; who made it is the token's subject, never a body field. */
@Schema(name = "StatusRequest", example = """
        {"status": "TARGETED", "reason": "120k commercial lives in our three counties; spine rates below market"}""")
public record StatusRequest(
        @NotNull @Schema(description = "The status to move to") PayorStatus status,
        @NotBlank @Size(max = 2000) @Schema(description = "Why, for whoever reads the history later") String reason) {
}
