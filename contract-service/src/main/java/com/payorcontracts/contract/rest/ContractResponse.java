package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;

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
public record ContractResponse(UUID id, UUID payorId, String name, ContractStatus status, LocalDate effectiveDate,
                               LocalDate expirationDate, ProviderDto provider, List<String> linesOfBusiness,
                               boolean autoRenew, Integer renewalNoticeDays, Integer terminationNoticeDays,
                               PaymentTermsDto paymentTerms, long version, RateTermsResponse baseTerms,
                               List<RateTermsResponse> amendments, Instant createdAt, Instant updatedAt) {

    static ContractResponse of(Contract contract, RateTermsResponse baseTerms, List<RateTermsResponse> amendments) {
        return new ContractResponse(contract.id, contract.payorId, contract.name, contract.status, contract.effectiveDate,
                contract.expirationDate, ProviderDto.of(contract.provider), contract.linesOfBusiness, contract.autoRenew,
                contract.renewalNoticeDays, contract.terminationNoticeDays, PaymentTermsDto.of(contract.paymentTerms),
                contract.eventVersion, baseTerms, amendments, contract.createdAt, contract.updatedAt);
    }

    static ContractResponse summaryOf(Contract contract) {
        return of(contract, null, null);
    }
}
