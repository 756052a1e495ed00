package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.ContractStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move to another status, and why. */
@Schema(name = "StatusRequest", example = """
        {"status": "ACTIVE", "reason": "Signed by both parties on 2025-12-15"}""")
public record StatusRequest(@NotNull ContractStatus status, @Size(max = 2000) String reason) {
}
