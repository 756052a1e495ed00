package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.TermsService;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.pricing.LesserOf;
import com.payorcontracts.pricing.PricedLine;
import com.payorcontracts.pricing.PricingRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a claim should be paid under the terms in force on its date of service, line by line.
 * Every amount is to the cent, rounded HALF_UP once per line.
 */
public record QuoteResponse(UUID contractId, LocalDate dateOfService, UUID termsId, String termsName,
                            List<Line> lines, BigDecimal totalExpected, boolean stopLossApplied) {

    /**
     * One priced line.
     *
     * @param rule             which rule decided the amount
     * @param matchedLine      the fee-schedule line that priced it (e.g. "64483-50"), null under the default rule
     * @param escalatorFactor  the escalator multiplier applied (1 when none)
     * @param modifierPercent  the pricing-modifier percentage applied (150 for bilateral; 100 when none)
     * @param reductionRank    multiple-procedure rank from 1 (0 when not ranked)
     * @param reductionPercent multiple-procedure percentage applied (100 when none)
     * @param lesserOf         how lesser-of decided the line; absent when no lesser-of applies to it
     */
    @Schema(name = "QuotedLine")
    public record Line(int lineIndex, String code, BigDecimal expectedAmount, PricingRule rule,
                       @Schema(nullable = true) String matchedLine,
                       BigDecimal escalatorFactor, BigDecimal modifierPercent, int reductionRank,
                       BigDecimal reductionPercent,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true) LesserOfDto lesserOf) {

        static Line of(PricedLine line) {
            return new Line(line.lineIndex(), line.code(), line.expectedAmount(), line.rule(),
                    line.matchedLine() == null ? null : line.matchedLine().key(), line.escalatorFactor().stripTrailingZeros(),
                    line.modifierPercent(), line.reductionRank(), line.reductionPercent(),
                    line.lesserOf() == null ? null : new LesserOfDto(line.lesserOf().percent(),
                            line.lesserOf().chargeLimit(), line.lesserOf().winner()));
        }
    }

    /**
     * "The lesser of the rate and N% of billed charges" for one line.
     *
     * @param percent     N (80 = 80%)
     * @param chargeLimit N% of the line's charge (of its bundle's charges for a case rate), to the cent
     * @param winner      RATE when the contracted amount paid, CHARGES when the limit was lower and paid
     */
    @Schema(name = "QuotedLesserOf")
    public record LesserOfDto(BigDecimal percent, BigDecimal chargeLimit, LesserOf.Side winner) {
    }

    static QuoteResponse of(UUID contractId, TermsService.Quote quote) {
        return new QuoteResponse(contractId, quote.dateOfService(), quote.version().id, quote.version().name,
                quote.priced().lines().stream().map(Line::of).toList(), quote.priced().totalExpected(),
                quote.priced().stopLossApplied());
    }
}
