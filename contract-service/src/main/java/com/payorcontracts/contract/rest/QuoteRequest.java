package com.payorcontracts.contract.rest;

import com.payorcontracts.pricing.BillingClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A claim to price: its date of service and its lines. */
@Schema(name = "QuoteRequest", example = """
        {"dateOfService": "2027-03-15", "lines": [
          {"code": "64483", "modifiers": ["50"], "units": 1, "placeOfService": "24", "billedCharge": 2400.00},
          {"code": "64484", "units": 2, "placeOfService": "24", "billedCharge": 900.00}]}""")
public record QuoteRequest(
        @NotNull LocalDate dateOfService,
        @Schema(description = "PROFESSIONAL or FACILITY; defaults to the contract's provider") BillingClass billingClass,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines) {

    /** One claim line. */
    @Schema(name = "QuoteLine")
    public record Line(
            @NotNull @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_MESSAGE) String code,
            @Size(max = 4) List<@NotNull @Pattern(regexp = Codes.MODIFIER, message = Codes.MODIFIER_MESSAGE) String> modifiers,
            @Min(1) @Max(10_000) Integer units,
            @Pattern(regexp = Codes.PLACE_OF_SERVICE, message = Codes.PLACE_OF_SERVICE_MESSAGE) String placeOfService,
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals") BigDecimal billedCharge,
            @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals") BigDecimal invoiceCost) {
    }
}
