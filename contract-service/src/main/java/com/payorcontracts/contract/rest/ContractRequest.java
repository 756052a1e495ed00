package com.payorcontracts.contract.rest;

import com.payorcontracts.platform.domain.LineOfBusiness;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.StopLoss;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract as a client creates it or replaces a draft: parties, dates, renewal and payment terms,
 * and the base rate terms (fee schedule and rules). Only payorId, name and the dates are required;
 * without a defaultRule unlisted codes are not covered.
 */
@Schema(name = "ContractRequest", example = """
        {"payorId": "3f1c2a9e-8d7b-4c1a-9f00-2b5e6d7c8a90", "name": "Cascade Mutual ASC spine 2026",
         "effectiveDate": "2026-01-01", "expirationDate": "2028-12-31",
         "provider": {"name": "Riverbend Spine Surgery Center", "tin": "123456789", "facilityNpi": "1245319599",
                      "billingClass": "FACILITY"},
         "linesOfBusiness": ["PPO", "HMO"], "autoRenew": true, "renewalNoticeDays": 90, "terminationNoticeDays": 120,
         "paymentTerms": {"cleanClaimPaymentDays": 30, "lateInterestRatePercent": 12, "timelyFilingDays": 90,
                          "appealWindowDays": 180},
         "feeSchedule": [{"code": "62323", "amount": 612.40, "multipleProcedureEligible": true},
                         {"code": "22630", "method": "CASE_RATE", "amount": 18500.00, "bundledCodes": ["22840", "20936"]},
                         {"code": "L8699", "method": "CARVE_OUT_COST_PLUS", "percent": 110}],
         "defaultRule": {"method": "PERCENT_OF_CHARGES", "percent": 40},
         "multipleProcedureReduction": {"percentagesByRank": [100, 50, 50, 50, 50], "exemptCodes": []},
         "modifierRules": {"bilateralPercent": 150, "percentByModifier": {"62": 62.5, "80": 16}},
         "stopLoss": {"threshold": 75000, "percent": 65}, "lesserOf": true, "lesserOfPercent": 80,
         "escalator": {"annualPercent": 3, "firstAnniversary": "2027-01-01", "years": 3}}""")
public record ContractRequest(
        @NotNull @Schema(description = "The payor, an id from payor-service") UUID payorId,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Schema(example = "2026-01-01") LocalDate effectiveDate,
        @NotNull @Schema(example = "2028-12-31") LocalDate expirationDate,
        @Valid ProviderDto provider,
        @Size(max = 20) List<@NotNull LineOfBusiness> linesOfBusiness,
        @Schema(description = "Evergreen: renews itself unless a party gives notice") Boolean autoRenew,
        @PositiveOrZero @Max(3650) Integer renewalNoticeDays,
        @PositiveOrZero @Max(3650) @Schema(description = "Notice to terminate without cause, days") Integer terminationNoticeDays,
        @Valid PaymentTermsDto paymentTerms,
        @Schema(description = "Reference fee schedule for PERCENT_OF_MEDICARE rates") UUID referenceScheduleId,
        @Size(max = 50_000) List<@NotNull @Valid FeeScheduleLineDto> feeSchedule,
        DefaultRule defaultRule,
        MultipleProcedureReduction multipleProcedureReduction,
        ModifierRules modifierRules,
        StopLoss stopLoss,
        @Schema(description = "Each line pays the lower of its contracted amount and lesserOfPercent of its billed charge")
        Boolean lesserOf,
        Escalator escalator,
        @DecimalMin(value = "0", inclusive = false, message = "must be above 0") @DecimalMax(value = "1000", message = "must be at most 1000")
        @Digits(integer = 4, fraction = 4, message = "must have at most 4 decimals")
        @Schema(description = "Lesser-of compares with this percentage of billed charges (80 = 80%); turns lesser-of on;"
                + " absent means 100", example = "80")
        BigDecimal lesserOfPercent) {
}
