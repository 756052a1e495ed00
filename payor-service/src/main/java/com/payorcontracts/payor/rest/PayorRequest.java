package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payor as a client creates it. */
@Schema(name = "PayorRequest", example = """
        {"name": "Cascade Mutual Health", "type": "COMMERCIAL"}""")
public record PayorRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Display name", example = "Cascade Mutual Health") String name,
        @NotNull @Schema(description = "Kind of payor") PayorType type) {
}
