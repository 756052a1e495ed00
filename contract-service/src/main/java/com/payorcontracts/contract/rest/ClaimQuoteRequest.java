package com.payorcontracts.contract.rest;

import com.payorcontracts.platform.domain.LineOfBusiness;
import com.payorcontracts.pricing.BillingClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A claim addressed as a billing system knows it: the payer, the provider, the class, the date and the lines. */
@Schema(name = "ClaimQuoteRequest", example = """
        {"ediPayerId": "CMH01", "provider": {"tin": "123456789", "npi": "1245319599"}, "billingClass": "FACILITY",
         "lineOfBusiness": "PPO", "dateOfService": "2027-03-15", "lines": [
          {"code": "64483", "modifiers": ["50"], "units": 1, "placeOfService": "24", "billedCharge": 2400.00},
          {"code": "64484", "units": 2, "placeOfService": "24", "billedCharge": 900.00}]}""")
public record ClaimQuoteRequest(
        @Schema(description = "The payor; or give ediPayerId (both: they must name the same payor)") UUID payorId,
        @Pattern(regexp = "[A-Za-z0-9]{2,15}", message = "must be 2 to 15 letters or digits")
        @Schema(description = "The payer id of the claim (837 NM1*PR), as payor-service lists it") String ediPayerId,
        @NotNull @Valid ClaimProvider provider,
        @NotNull @Schema(description = "PROFESSIONAL or FACILITY") BillingClass billingClass,
        @Schema(description = "Narrows the search to contracts covering it; absent matches any") LineOfBusiness lineOfBusiness,
        @NotNull LocalDate dateOfService,
        @NotEmpty @Size(max = 500) List<QuoteRequest.@NotNull @Valid Line> lines) {

    /** The billing provider: its TIN, its NPI (a contract's group or facility NPI), or both. */
    @Schema(name = "ClaimProvider")
    public record ClaimProvider(
            @Pattern(regexp = "\\d{9}", message = "must be nine digits") @Schema(example = "123456789") String tin,
            @Npi @Schema(example = "1245319599") String npi) {
    }
}
