package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.WalkAwayFloor;
import com.payorcontracts.contract.service.FloorService;
import com.payorcontracts.security.RestrictedField;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Walk-away floors as the API reads and writes them (only contract managers and admins reach them). */
final class FloorDtos {

    private FloorDtos() {
    }

    /** A floor to set. */
    @Schema(name = "FloorRequest", example = """
            {"code": "22630", "amount": 14250.00, "effectiveFrom": "2027-01-01",
             "reason": "Implant and OR cost of a single-level fusion"}""")
    public record FloorRequest(
            @NotNull @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_MESSAGE) String code,
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
            @Schema(description = "USD, the least accepted per unit") BigDecimal amount,
            @NotNull LocalDate effectiveFrom,
            @Schema(description = "Last day in force; absent while open-ended") LocalDate effectiveTo,
            @NotBlank @Size(max = 500) @Schema(description = "Why, e.g. implant cost") String reason) {

        FloorService.FloorDraft toDraft() {
            return new FloorService.FloorDraft(code, amount, effectiveFrom, effectiveTo, reason);
        }
    }

    /** Whose floor it is: the organization's, or one payor's override. */
    public enum Scope { ORGANIZATION, PAYOR }

    /** A floor; {@code amount} is a restricted field besides (the matrix's {@code floors} line). */
    @Schema(name = "Floor")
    public record FloorResponse(UUID id, Scope scope, @Schema(nullable = true) UUID payorId, String code,
                                @RestrictedField("floors") @Schema(nullable = true) BigDecimal amount,
                                LocalDate effectiveFrom,
                                @Schema(nullable = true) LocalDate effectiveTo, @Schema(nullable = true) String reason,
                                Instant createdAt) {

        static FloorResponse of(WalkAwayFloor floor) {
            return new FloorResponse(floor.id, floor.payorId == null ? Scope.ORGANIZATION : Scope.PAYOR, floor.payorId,
                    floor.code, floor.amount, floor.effectiveFrom, floor.effectiveTo, floor.reason, floor.createdAt);
        }
    }
}
