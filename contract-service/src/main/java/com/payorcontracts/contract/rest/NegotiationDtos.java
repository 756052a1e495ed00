package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.Negotiation;
import com.payorcontracts.contract.domain.NegotiationProposal;
import com.payorcontracts.contract.domain.NegotiationStatus;
import com.payorcontracts.contract.domain.Party;
import com.payorcontracts.contract.domain.ProposalComparison;
import com.payorcontracts.contract.domain.ProposedTerms;
import com.payorcontracts.contract.service.NegotiationService;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.PricingRule;
import com.payorcontracts.pricing.RateChange;
import com.payorcontracts.security.RestrictedField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Negotiations, proposals and comparisons as the API reads and writes them. */
final class NegotiationDtos {

    private NegotiationDtos() {
    }

    /** A negotiation to open. */
    @Schema(name = "NegotiationRequest", example = """
            {"name": "2027 renewal with the payor"}""")
    public record NegotiationRequest(@NotBlank @Size(max = 200) String name) {
    }

    /** A rate change of a set of codes; see {@link RateChange}. */
    @Schema(name = "RateChange", description = "ABSOLUTE: each code is paid `amount` (USD per unit); PERCENT_CHANGE: each code's own"
            + " rate moves by `percent` (-5 is 5% less); PERCENT_OF_MEDICARE: each code is paid `percent` of the reference fee")
    public record RateChangeDto(
            @NotNull RateChange.Kind kind,
            @NotNull @Size(min = 1, max = 5000) List<@NotNull @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_MESSAGE) String> codes,
            @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals") BigDecimal amount,
            @DecimalMin(value = "-100", message = "must be at least -100") @DecimalMax(value = "1000", message = "must be at most 1000")
            @Digits(integer = 4, fraction = 2, message = "must have at most 2 decimals") BigDecimal percent) {

        RateChange toDomain() {
            return new RateChange(kind, codes, amount, percent);
        }

        static RateChangeDto of(RateChange change) {
            return new RateChangeDto(change.kind(), change.codes(), change.amount(), change.percent());
        }
    }

    /** One round: who proposes what, from which date. */
    @Schema(name = "ProposalRequest", example = """
            {"from": "PAYOR", "effectiveDate": "2029-01-01",
             "rateChanges": [{"kind": "ABSOLUTE", "codes": ["62323"], "amount": 610.00}],
             "escalator": {"annualPercent": 3, "firstAnniversary": "2030-01-01", "years": 3},
             "paymentDays": 30, "timelyFilingDays": 180, "newExpirationDate": "2031-12-31", "autoRenew": true,
             "note": "Payor's first offer"}""")
    public record ProposalRequest(
            @NotNull @Schema(description = "US (the provider organization) or PAYOR") Party from,
            @NotNull @Schema(description = "The date the proposed terms take effect; for an ACTIVE contract after its latest"
                    + " amendment (a renewal's may lie up to newExpirationDate)") LocalDate effectiveDate,
            @Size(max = 5000) List<@NotNull @Valid RateChangeDto> rateChanges,
            @Schema(description = "The escalator asked for, e.g. 3% a year for 3 years") Escalator escalator,
            @Min(value = 1, message = "must be at least 1") @Max(value = 365, message = "must be at most 365")
            @Schema(description = "Days to pay a clean claim") Integer paymentDays,
            @Min(value = 1, message = "must be at least 1") @Max(value = 3650, message = "must be at most 3650") Integer timelyFilingDays,
            @DecimalMin(value = "0", inclusive = false, message = "must be above 0") @DecimalMax(value = "1000", message = "must be at most 1000")
            @Digits(integer = 4, fraction = 4, message = "must have at most 4 decimals")
            @Schema(description = "Lesser of the rate and this percentage of billed charges") BigDecimal lesserOfPercent,
            @Schema(description = "Renews the contract to this date") LocalDate newExpirationDate,
            Boolean autoRenew,
            @Size(max = 2000) String note) {

        NegotiationService.ProposalDraft toDraft() {
            ProposedTerms.TermChanges terms = paymentDays == null && timelyFilingDays == null && lesserOfPercent == null ? null
                    : new ProposedTerms.TermChanges(paymentDays, timelyFilingDays, lesserOfPercent);
            return new NegotiationService.ProposalDraft(from, new ProposedTerms(effectiveDate,
                    rateChanges == null ? List.of() : rateChanges.stream().map(RateChangeDto::toDomain).toList(),
                    escalator, terms, newExpirationDate, autoRenew), note);
        }
    }

    /** A proposal as stored. */
    @Schema(name = "Proposal")
    public record ProposalResponse(UUID id, int round, Party from, @Schema(nullable = true) LocalDate effectiveDate,
                                   List<RateChangeDto> rateChanges,
                                   @Schema(nullable = true) Escalator escalator,
                                   @Schema(nullable = true) Integer paymentDays,
                                   @Schema(nullable = true) Integer timelyFilingDays,
                                   @Schema(nullable = true) BigDecimal lesserOfPercent,
                                   @Schema(nullable = true) LocalDate newExpirationDate,
                                   @Schema(nullable = true) Boolean autoRenew, @Schema(nullable = true) String note,
                                   String createdBy, Instant createdAt) {

        static ProposalResponse of(NegotiationProposal proposal) {
            ProposedTerms terms = proposal.terms;
            ProposedTerms.TermChanges changes = terms.terms();
            return new ProposalResponse(proposal.id, proposal.round, proposal.from, terms.effectiveDate(),
                    terms.rateChanges().stream().map(RateChangeDto::of).toList(), terms.escalator(),
                    changes == null ? null : changes.paymentDays(), changes == null ? null : changes.timelyFilingDays(),
                    changes == null ? null : changes.lesserOfPercent(), terms.newExpirationDate(), terms.autoRenew(),
                    proposal.note, proposal.createdBy, proposal.createdAt);
        }
    }

    /** A negotiation; {@code proposals} only when read one by one. */
    @Schema(name = "Negotiation")
    public record NegotiationResponse(UUID id, UUID contractId, UUID payorId, String name, NegotiationStatus status,
                                      int rounds, @Schema(nullable = true) UUID acceptedProposalId,
                                      @Schema(nullable = true, description = "The amendment (or renewal) the accepted proposal created")
                                      UUID amendmentId, @Schema(nullable = true) String statusReason,
                                      Instant createdAt, Instant updatedAt,
                                      @Schema(nullable = true) List<ProposalResponse> proposals) {

        static NegotiationResponse summaryOf(Negotiation negotiation) {
            return of(negotiation, null);
        }

        static NegotiationResponse of(Negotiation n, List<NegotiationProposal> proposals) {
            return new NegotiationResponse(n.id, n.contractId, n.payorId, n.name, n.status, n.rounds, n.acceptedProposalId,
                    n.amendmentId, n.statusReason, n.createdAt, n.updatedAt,
                    proposals == null ? null : proposals.stream().map(ProposalResponse::of).toList());
        }
    }

    /** How a negotiation ends. */
    @Schema(name = "NegotiationStatusRequest", example = """
            {"status": "WITHDRAWN", "reason": "The payor will not move on fusion rates"}""")
    public record NegotiationStatusRequest(
            @NotNull @Schema(description = "ACCEPTED (the latest proposal), REJECTED or WITHDRAWN") NegotiationStatus status,
            @Size(max = 2000) String reason) {
    }

    /** One code compared; the floor and the flag derived from it are seen only by roles that see floors. */
    @Schema(name = "ComparedCode")
    public record ComparedCodeResponse(String code, int annualVolume,
                                       @Schema(nullable = true, description = "USD per unit under the terms in force; absent when the code is"
                                               + " priced at a percentage of charges or invoice cost") BigDecimal currentRate,
                                       @Schema(nullable = true) PricingRule currentRule,
                                       @Schema(nullable = true) BigDecimal proposedRate,
                                       @Schema(nullable = true) PricingRule proposedRule,
                                       @Schema(nullable = true) BigDecimal change,
                                       @Schema(nullable = true, description = "The reference (Medicare) fee per unit") BigDecimal medicareRate,
                                       @Schema(nullable = true) BigDecimal currentPercentOfMedicare,
                                       @Schema(nullable = true) BigDecimal proposedPercentOfMedicare,
                                       @RestrictedField("floors") @Schema(nullable = true) BigDecimal floor,
                                       @RestrictedField("floors") @Schema(nullable = true) Boolean belowFloor) {

        static ComparedCodeResponse of(ProposalComparison.Row row) {
            return new ComparedCodeResponse(row.code(), row.annualVolume(), row.currentRate(), row.currentRule(),
                    row.proposedRate(), row.proposedRule(), row.change(), row.medicareRate(), row.currentPercentOfMedicare(),
                    row.proposedPercentOfMedicare(), row.floor(), row.belowFloor());
        }
    }

    /** Totals at the catalog's expected annual volumes. */
    @Schema(name = "ComparisonTotals")
    public record TotalsResponse(BigDecimal currentAnnualTotal, BigDecimal proposedAnnualTotal, BigDecimal change,
                                 @RestrictedField("floors") @Schema(nullable = true) Integer codesBelowFloor,
                                 @RestrictedField("floors") @Schema(nullable = true) BigDecimal floorAnnualTotal) {
    }

    /** A proposal compared code by code with the terms in force. */
    @Schema(name = "ProposalComparison")
    public record ComparisonResponse(UUID negotiationId, UUID proposalId, int round, Party from, LocalDate pricedOn,
                                     @Schema(nullable = true) UUID referenceScheduleId, TotalsResponse totals,
                                     List<ComparedCodeResponse> codes) {

        static ComparisonResponse of(NegotiationService.Comparison comparison) {
            ProposalComparison.Totals t = comparison.result().totals();
            return new ComparisonResponse(comparison.negotiation().id, comparison.proposal().id, comparison.proposal().round,
                    comparison.proposal().from, comparison.result().pricedOn(), comparison.referenceScheduleId(),
                    new TotalsResponse(t.currentAnnualTotal(), t.proposedAnnualTotal(), t.change(), t.codesBelowFloor(),
                            t.floorAnnualTotal()),
                    comparison.result().rows().stream().map(ComparedCodeResponse::of).toList());
        }
    }
}
