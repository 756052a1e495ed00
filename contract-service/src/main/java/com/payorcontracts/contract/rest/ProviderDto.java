package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.contract.domain.ProviderEntity;
import com.payorcontracts.pricing.BillingClass;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The provider entity a contract binds. */
@Schema(name = "ProviderEntity")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderDto(
        @Size(max = 200) @Schema(example = "Riverbend Spine Surgery Center") String name,
        @Pattern(regexp = "\\d{9}", message = "must be nine digits") @Schema(example = "123456789") String tin,
        @Npi @Schema(example = "1234567893") String groupNpi,
        @Npi @Schema(example = "1245319599") String facilityNpi,
        @Schema(description = "FACILITY for a hospital or ASC, PROFESSIONAL for a physician group") BillingClass billingClass) {

    ProviderEntity toDomain() {
        return new ProviderEntity(name, tin, groupNpi, facilityNpi, billingClass);
    }

    static ProviderDto of(ProviderEntity provider) {
        return provider == null ? null
                : new ProviderDto(provider.name, provider.tin, provider.groupNpi, provider.facilityNpi, provider.billingClass);
    }
}
