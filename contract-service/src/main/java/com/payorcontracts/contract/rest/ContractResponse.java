package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.platform.domain.LineOfBusiness;
import com.payorcontracts.pricing.RenewalTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract as the API shows it; {@code version} is the version of its latest contract-changed
 * event. {@code baseTerms} are the terms from the effective date; {@code amendments} change them
 * later (read the terms in force on a date at /terms?asOf=). Lists leave both out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractResponse(UUID id, UUID payorId,
                               @Schema(nullable = true, description = "The payor's name, a label for screens; absent until"
                                       + " contract-service has heard of the payor (payor-changed)")
                               String payorName,
                               String name, ContractStatus status, LocalDate effectiveDate,
                               @Schema(nullable = true, description = "Absent for an open-ended contract") LocalDate expirationDate,
                               @Schema(nullable = true, description = "Absent until the contract names its provider") ProviderDto provider,
                               List<LineOfBusiness> linesOfBusiness, boolean autoRenew,
                               @Schema(nullable = true) Integer renewalNoticeDays,
                               @Schema(nullable = true) Integer terminationNoticeDays,
                               @Schema(nullable = true) CurrentTerm currentTerm,
                               @Schema(nullable = true) PaymentTermsDto paymentTerms, long version,
                               @Schema(nullable = true, description = "Absent in lists") RateTermsResponse baseTerms,
                               @Schema(nullable = true, description = "Absent in lists") List<RateTermsResponse> amendments,
                               Instant createdAt, Instant updatedAt) {

    /**
     * The term the contract is in today: the initial term (renewalPeriod 0) or, for an evergreen contract past
     * its expiration, the n-th one-year renewal period; with the dates by which renewal must be negotiated
     * and notice to terminate given. Absent before the contract starts, after it ends and once it is EXPIRED
     * or TERMINATED.
     */
    @Schema(name = "ContractCurrentTerm")
    public record CurrentTerm(int renewalPeriod, LocalDate start,
                              @Schema(nullable = true, description = "null for an open-ended contract") LocalDate end,
                              @Schema(nullable = true, description = "null without an end or renewal-notice days")
                              LocalDate renewalNoticeDate,
                              @Schema(nullable = true, description = "null without an end or termination-notice days")
                              LocalDate terminationNoticeDate) {

        static CurrentTerm of(Contract contract, LocalDate today) {
            RenewalTerms.Term term = contract.ended() ? null : contract.renewalTerms().termOn(today);
            return term == null ? null : new CurrentTerm(term.renewalPeriod(), term.start(), term.end(),
                    term.renewalNoticeDate(), term.terminationNoticeDate());
        }
    }

    static ContractResponse of(Contract contract, RateTermsResponse baseTerms, List<RateTermsResponse> amendments,
                               String payorName, LocalDate today) {
        return new ContractResponse(contract.id, contract.payorId, payorName, contract.name, contract.status, contract.effectiveDate,
                contract.expirationDate, ProviderDto.of(contract.provider),
                contract.linesOfBusiness.stream().map(LineOfBusiness::valueOf).toList(), contract.autoRenew,
                contract.renewalNoticeDays, contract.terminationNoticeDays, CurrentTerm.of(contract, today),
                PaymentTermsDto.of(contract.paymentTerms), contract.eventVersion, baseTerms, amendments,
                contract.createdAt, contract.updatedAt);
    }

    static ContractResponse summaryOf(Contract contract, String payorName, LocalDate today) {
        return of(contract, null, null, payorName, today);
    }
}
