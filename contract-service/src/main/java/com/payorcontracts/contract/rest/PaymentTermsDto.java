package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.contract.domain.PaymentTerms;
import com.payorcontracts.contract.repository.Decimals;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Payment and administrative terms. */
@Schema(name = "PaymentTerms")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentTermsDto(
        @PositiveOrZero @Max(365) @Schema(description = "Days to pay a clean claim", example = "30") Integer cleanClaimPaymentDays,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "Annual late-payment interest, percent", example = "12")
        BigDecimal lateInterestRatePercent,
        @PositiveOrZero @Max(3650) @Schema(description = "Days to file a claim", example = "90") Integer timelyFilingDays,
        @PositiveOrZero @Max(3650) @Schema(description = "Days to appeal a payment", example = "180") Integer appealWindowDays) {

    PaymentTerms toDomain() {
        return new PaymentTerms(cleanClaimPaymentDays, lateInterestRatePercent, timelyFilingDays, appealWindowDays);
    }

    static PaymentTermsDto of(PaymentTerms terms) {
        return terms == null ? null : new PaymentTermsDto(terms.cleanClaimPaymentDays, Decimals.plain(terms.lateInterestRatePercent),
                terms.timelyFilingDays, terms.appealWindowDays);
    }
}
