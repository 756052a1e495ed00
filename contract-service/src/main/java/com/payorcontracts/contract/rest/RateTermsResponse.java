package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.StopLoss;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of a contract's rate terms: the base terms or an amendment ({@code newExpirationDate} set when it
 * renewed the contract). {@code feeSchedule} is left out of lists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateTermsResponse(UUID id, RateTermsVersion.Kind kind, String name,
                                @Schema(nullable = true) String description,
                                LocalDate effectiveFrom, @Schema(nullable = true) UUID referenceScheduleId,
                                @Schema(nullable = true) Integer lineCount,
                                @Schema(nullable = true) List<FeeScheduleLineDto> feeSchedule,
                                @Schema(nullable = true) DefaultRule defaultRule,
                                @Schema(nullable = true) MultipleProcedureReduction multipleProcedureReduction,
                                @Schema(nullable = true) ModifierRules modifierRules,
                                @Schema(nullable = true) StopLoss stopLoss, boolean lesserOf,
                                @Schema(nullable = true) BigDecimal lesserOfPercent,
                                @Schema(nullable = true) Escalator escalator,
                                @Schema(nullable = true) LocalDate newExpirationDate, Instant createdAt) {

    static RateTermsResponse of(RateTermsVersion version, List<FeeScheduleLine> lines) {
        return new RateTermsResponse(version.id, version.kind, version.name, version.description, version.effectiveFrom,
                version.referenceScheduleId, lines.size(), FeeScheduleLineDto.of(lines), version.rules.defaultRule(),
                version.rules.multipleProcedureReduction(), version.rules.modifierRules(), version.rules.stopLoss(),
                version.rules.lesserOf(), version.rules.lesserOfPercentInForce(), version.rules.escalator(),
                version.newExpirationDate, version.createdAt);
    }

    static RateTermsResponse summaryOf(RateTermsVersion version) {
        return new RateTermsResponse(version.id, version.kind, version.name, version.description, version.effectiveFrom,
                version.referenceScheduleId, null, null, null, null, null, null, version.rules.lesserOf(),
                version.rules.lesserOfPercentInForce(), null, version.newExpirationDate, version.createdAt);
    }
}
