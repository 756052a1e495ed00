package com.payorcontracts.contract.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract's terms as a client creates or replaces them. */
@Schema(name = "ContractRequest", example = """
        {"payorId": "3f1c2a9e-8d7b-4c1a-9f00-2b5e6d7c8a90", "name": "Cascade Mutual spine 2026",
         "effectiveDate": "2026-01-01", "expirationDate": "2028-12-31",
         "feeSchedule": [{"code": "62323", "amount": 612.40}, {"code": "64483", "modifier": "50", "amount": 845.00}]}""")
public record ContractRequest(
        @NotNull @Schema(description = "The payor, an id from payor-service") UUID payorId,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Schema(example = "2026-01-01") LocalDate effectiveDate,
        @NotNull @Schema(example = "2028-12-31") LocalDate expirationDate,
        @Size(max = 50_000) List<@NotNull @Valid FeeScheduleLineDto> feeSchedule) {

    public List<FeeScheduleLineDto> feeScheduleOrEmpty() {
        return feeSchedule == null ? List.of() : feeSchedule;
    }
}
