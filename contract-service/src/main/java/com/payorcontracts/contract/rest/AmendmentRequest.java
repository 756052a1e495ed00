package com.payorcontracts.contract.rest;

import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.StopLoss;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An amendment of an active contract: from {@code effectiveDate} on, the terms in force the day
 * before, changed as this says. A field left out keeps its value. {@code feeSchedule} replaces the
 * whole schedule; {@code feeScheduleUpserts} and {@code feeScheduleRemovals} change single lines;
 * {@code clear} removes rules (multipleProcedureReduction, modifierRules, stopLoss, escalator).
 */
@Schema(name = "AmendmentRequest", example = """
        {"name": "2027 rate increase", "effectiveDate": "2027-01-01",
         "feeScheduleUpserts": [{"code": "62323", "amount": 640.00}], "feeScheduleRemovals": [{"code": "64484"}],
         "stopLoss": {"threshold": 80000, "percent": 65}, "clear": ["escalator"]}""")
public record AmendmentRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull @Schema(example = "2027-01-01") LocalDate effectiveDate,
        UUID referenceScheduleId,
        @Size(max = 50_000) List<@NotNull @Valid FeeScheduleLineDto> feeSchedule,
        @Size(max = 50_000) List<@NotNull @Valid FeeScheduleLineDto> feeScheduleUpserts,
        @Size(max = 50_000) List<@NotNull @Valid LineKeyDto> feeScheduleRemovals,
        DefaultRule defaultRule,
        MultipleProcedureReduction multipleProcedureReduction,
        ModifierRules modifierRules,
        StopLoss stopLoss,
        Boolean lesserOf,
        @DecimalMin(value = "0", inclusive = false, message = "must be above 0") @DecimalMax(value = "1000", message = "must be at most 1000")
        @Digits(integer = 4, fraction = 4, message = "must have at most 4 decimals")
        @Schema(description = "Lesser-of from the amendment's date compares with this percentage of billed charges; turns"
                + " lesser-of on", example = "80")
        BigDecimal lesserOfPercent,
        Escalator escalator,
        Set<@NotNull ClearableRule> clear,
        @Schema(description = "Renews the contract: it runs to this date (after the current expiration); the"
                + " amendment's effectiveDate may then lie up to it", example = "2031-12-31")
        LocalDate newExpirationDate) {

    /** Rules an amendment can remove. */
    public enum ClearableRule { multipleProcedureReduction, modifierRules, stopLoss, escalator }
}
