package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.repository.FeeScheduleRepository;
import com.payorcontracts.contract.repository.RateTermsRepository;
import com.payorcontracts.contract.repository.ReferenceScheduleRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.CompiledTerms;
import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.PricedClaim;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads the terms in force on a date, and prices claims against them with the pricing engine. */
@ApplicationScoped
public class TermsService {

    private static final ReferenceFeeSchedule NO_REFERENCE = InMemoryReferenceFeeSchedule.builder().build();

    private final ContractService contracts;
    private final RateTermsRepository versions;
    private final FeeScheduleRepository feeSchedules;
    private final ReferenceScheduleRepository referenceSchedules;
    private final ClaimPricer pricer = new ClaimPricer();

    TermsService(ContractService contracts, RateTermsRepository versions, FeeScheduleRepository feeSchedules,
                 ReferenceScheduleRepository referenceSchedules) {
        this.contracts = contracts;
        this.versions = versions;
        this.feeSchedules = feeSchedules;
        this.referenceSchedules = referenceSchedules;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TermsInForce asOf(UUID contractId, LocalDate date, String field) {
        Contract contract = contracts.get(contractId);
        if (!contract.covers(date)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, date + " is outside contract " + contractId + ", in force "
                    + contract.effectiveDate + " to " + contract.expirationDate,
                    List.of(new com.payorcontracts.platform.rest.ProblemDetail.FieldError(field,
                            "must be within " + contract.effectiveDate + " and " + contract.expirationDate)));
        }
        RateTermsVersion version = versions.asOf(contractId, date).orElseThrow();
        return new TermsInForce(contract, date, version, feeSchedules.lines(version.id));
    }

    /** The expected reimbursement of a claim under the terms in force on its date of service. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quote quote(UUID contractId, Claim claim) {
        TermsInForce terms = asOf(contractId, claim.dateOfService(), "dateOfService");
        if (claim.billingClass() == null && terms.contract().provider != null && terms.contract().provider.billingClass != null) {
            // A claim that does not say is billed as the contracted provider bills.
            claim = new Claim(claim.dateOfService(), terms.contract().provider.billingClass, claim.lines());
        }
        RateTermsVersion version = terms.version();
        ContractTerms contractTerms = new ContractTerms(terms.feeSchedule(), version.rules.defaultRule(),
                version.rules.multipleProcedureReduction(), version.rules.modifierRules(), version.rules.stopLoss(),
                version.rules.lesserOf(), version.rules.escalator(),
                new ContractPeriod(terms.contract().effectiveDate, terms.contract().expirationDate));
        ReferenceFeeSchedule reference = version.referenceScheduleId == null ? NO_REFERENCE
                : referenceSchedules.pricingView(version.referenceScheduleId);
        PricedClaim priced = pricer.price(CompiledTerms.compile(contractTerms), reference, claim);
        return new Quote(terms, priced);
    }

    /** A priced claim and the terms that priced it. */
    public record Quote(TermsInForce terms, PricedClaim priced) {
    }
}
