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
    private final LruCache<TermsKey, CompiledTerms> compiledTerms = new LruCache<>(64);
    private final LruCache<TermsKey, ReferenceFeeSchedule> referenceViews = new LruCache<>(16);

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
        RateTermsVersion version = versionInForce(contract, date, field);
        return new TermsInForce(contract, date, version, feeSchedules.lines(version.id));
    }

    private RateTermsVersion versionInForce(Contract contract, LocalDate date, String field) {
        UUID contractId = contract.id;
        if (!contract.covers(date)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, date + " is outside contract " + contractId + ", in force "
                    + contract.effectiveDate + " to " + contract.expirationDate,
                    List.of(new com.payorcontracts.platform.rest.ProblemDetail.FieldError(field,
                            "must be within " + contract.effectiveDate + " and " + contract.expirationDate)));
        }
        return versions.asOf(contractId, date).orElseThrow();
    }

    /**
     * The expected reimbursement of a claim under the terms in force on its date of service.
     * Billing systems quote claim after claim against the same terms, so the compiled terms and the
     * reference schedule are kept between quotes; any change of a contract bumps its event version,
     * and a re-import of a schedule its version, so a kept entry is never stale.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quote quote(UUID contractId, Claim claim) {
        Contract contract = contracts.get(contractId);
        RateTermsVersion version = versionInForce(contract, claim.dateOfService(), "dateOfService");
        if (claim.billingClass() == null && contract.provider != null && contract.provider.billingClass != null) {
            // A claim that does not say is billed as the contracted provider bills.
            claim = new Claim(claim.dateOfService(), contract.provider.billingClass, claim.lines());
        }
        CompiledTerms terms = compiledTerms.get(new TermsKey(version.id, contract.eventVersion), () ->
                CompiledTerms.compile(version.rules.toPricing(feeSchedules.lines(version.id),
                        contract.pricedPeriod())));
        ReferenceFeeSchedule reference = version.referenceScheduleId == null ? NO_REFERENCE : reference(version.referenceScheduleId);
        return new Quote(claim.dateOfService(), version, pricer.price(terms, reference, claim));
    }

    private ReferenceFeeSchedule reference(UUID scheduleId) {
        long scheduleVersion = referenceSchedules.findById(scheduleId).version;
        return referenceViews.get(new TermsKey(scheduleId, scheduleVersion), () -> referenceSchedules.pricingView(scheduleId));
    }

    /** An id and the version of what it names: a cache key that changes whenever the thing does. */
    private record TermsKey(UUID id, long version) {
    }

    /** A priced claim and the version of the terms that priced it. */
    public record Quote(LocalDate dateOfService, RateTermsVersion version, PricedClaim priced) {
    }
}
