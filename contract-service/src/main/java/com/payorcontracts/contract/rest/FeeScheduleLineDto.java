package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** One fee-schedule line as the API reads and writes it. */
@Schema(name = "FeeScheduleLine")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FeeScheduleLineDto(
        @NotNull @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_MESSAGE)
        @Schema(description = "CPT or HCPCS code", example = "62323") String code,
        @Pattern(regexp = Codes.MODIFIER, message = Codes.MODIFIER_MESSAGE)
        @Schema(description = "Modifier the line is for; absent for any", example = "50") String modifier,
        @Schema(description = "Narrows the line to professional or facility claims") BillingClass billingClass,
        @Pattern(regexp = Codes.PLACE_OF_SERVICE, message = Codes.PLACE_OF_SERVICE_MESSAGE)
        @Schema(description = "Narrows the line to one place of service", example = "24") String placeOfService,
        @Schema(description = "How the line pays; absent means FIXED") RateMethod method,
        @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
        @Schema(description = "USD, for FIXED (per unit), PER_DIEM (per day) and CASE_RATE", example = "612.40") BigDecimal amount,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "1000", message = "must be at most 1000")
        @Digits(integer = 4, fraction = 4, message = "must have at most 4 decimals")
        @Schema(description = "Percentage for PERCENT_OF_MEDICARE, PERCENT_OF_CHARGES and CARVE_OUT_COST_PLUS (110 = 110%)")
        BigDecimal percent,
        @Schema(description = "CASE_RATE only: codes paid at zero when billed with this one")
        Set<@Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_MESSAGE) String> bundledCodes,
        @Schema(description = "Whether the line takes part in multiple-procedure reduction") Boolean multipleProcedureEligible,
        @DecimalMin(value = "0", inclusive = false, message = "must be above 0") @DecimalMax(value = "1000", message = "must be at most 1000")
        @Digits(integer = 4, fraction = 4, message = "must have at most 4 decimals")
        @Schema(description = "This line pays the lesser of its amount and this percentage of its billed charge (80 = 80%),"
                + " whatever the contract's lesser-of says; absent to follow the contract", example = "80")
        BigDecimal lesserOfPercent) {

    /** The engine's line; throws IllegalArgumentException when the fields do not fit the method. */
    FeeScheduleLine toPricing() {
        return new FeeScheduleLine(code, modifier, billingClass, placeOfService, method,
                amount == null ? null : amount.setScale(2), percent, bundledCodes,
                Boolean.TRUE.equals(multipleProcedureEligible), lesserOfPercent);
    }

    static FeeScheduleLineDto of(FeeScheduleLine line) {
        return new FeeScheduleLineDto(line.code(), line.modifier(), line.billingClass(), line.placeOfService(),
                line.method(), line.amount(), line.percent(), line.bundledCodes(),
                line.multipleProcedureEligible() ? Boolean.TRUE : null, line.lesserOfPercent());
    }

    static List<FeeScheduleLineDto> of(List<FeeScheduleLine> lines) {
        return lines.stream().map(FeeScheduleLineDto::of).toList();
    }
}
