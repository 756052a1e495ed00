package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.FeeScheduleLine;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One fee-schedule line as the API reads and writes it. */
@Schema(name = "FeeScheduleLine")
public record FeeScheduleLineDto(
        @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE)
        @Schema(description = "CPT or HCPCS code", example = "62323") String code,
        @Pattern(regexp = "[A-Z0-9]{2}", message = "must be two capital letters or digits")
        @Schema(description = "Optional modifier", example = "50") String modifier,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
        @Schema(description = "Amount per unit in USD", example = "612.40") BigDecimal amount) {

    /** Five digits; four digits and F, T or U (CPT categories II and III); or a letter and four digits (HCPCS). */
    static final String CODE = "\\d{5}|\\d{4}[FTU]|[A-Z]\\d{4}";
    static final String CODE_MESSAGE = "must be a CPT or HCPCS code (five digits, four digits and F/T/U, or a letter and four digits)";

    FeeScheduleLine toDomain() {
        return new FeeScheduleLine(code, modifier, amount.setScale(2));
    }

    static FeeScheduleLineDto of(FeeScheduleLine line) {
        return new FeeScheduleLineDto(line.code, line.modifier, line.amount);
    }
}
