package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Contracts in PostgreSQL. */
@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    // Absent filters match everything, so one query shape serves every combination.
    private static final String FILTER = "(:payorId is null or payorId = :payorId) and (:status is null or status = :status)";

    public List<Contract> page(UUID payorId, ContractStatus status, PageRequest request) {
        return find(FILTER + " order by lower(name), id", parameters(payorId, status))
                .page(Page.of(request.page(), request.size())).list();
    }

    public long count(UUID payorId, ContractStatus status) {
        return count(FILTER, parameters(payorId, status));
    }


    /** ACTIVE contracts, of one payor or (payorId null) of all, in name order: the candidates for coverage and quotes. */
    public List<Contract> active(UUID payorId) {
        return find("(:payorId is null or payorId = :payorId) and status = :status order by lower(name), id",
                parameters(payorId, ContractStatus.ACTIVE)).list();
    }

    /** One payor's ACTIVE and EXPIRED contracts: those a claim may be priced under. */
    public List<Contract> pricingClaims(UUID payorId) {
        return list("payorId = ?1 and status in ?2 order by lower(name), id", payorId,
                List.of(ContractStatus.ACTIVE, ContractStatus.EXPIRED));
    }

    private static Parameters parameters(UUID payorId, ContractStatus status) {
        return Parameters.with("payorId", payorId).and("status", status);
    }

    /**
     * The contract, row-locked until the transaction ends, or empty. NOWAIT: a writer that finds
     * another one at work fails at once (SQLSTATE 55P03, a 409) rather than holding a pooled
     * connection while it waits.
     */
    public java.util.Optional<Contract> lockNoWait(UUID id) {
        return java.util.Optional.ofNullable(getEntityManager().find(Contract.class, id,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE, java.util.Map.of("jakarta.persistence.lock.timeout", 0)));
    }
}
