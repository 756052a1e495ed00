package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.RateTermsVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The dated versions of contracts' rate terms. */
@ApplicationScoped
public class RateTermsRepository implements PanacheRepositoryBase<RateTermsVersion, UUID> {

    /** Every version of one contract, oldest first. */
    public List<RateTermsVersion> versions(UUID contractId) {
        return list("contractId = ?1 order by effectiveFrom", contractId);
    }

    /** One page of the contract's amendments, in date order. */
    public List<RateTermsVersion> amendments(UUID contractId, PageRequest page) {
        return find("contractId = ?1 and kind = ?2 order by effectiveFrom", contractId, RateTermsVersion.Kind.AMENDMENT)
                .page(Page.of(page.page(), page.size())).list();
    }

    public long countAmendments(UUID contractId) {
        return count("contractId = ?1 and kind = ?2", contractId, RateTermsVersion.Kind.AMENDMENT);
    }

    public RateTermsVersion base(UUID contractId) {
        return find("contractId = ?1 and kind = ?2", contractId, RateTermsVersion.Kind.BASE).singleResult();
    }

    /** The version in force on a date: the latest effective on or before it. */
    public Optional<RateTermsVersion> asOf(UUID contractId, LocalDate date) {
        return find("contractId = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", contractId, date)
                .firstResultOptional();
    }

    public Optional<RateTermsVersion> latest(UUID contractId) {
        return find("contractId = ?1 order by effectiveFrom desc", contractId).firstResultOptional();
    }
}
