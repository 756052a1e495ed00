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


    private static Parameters parameters(UUID payorId, ContractStatus status) {
        return Parameters.with("payorId", payorId).and("status", status);
    }
}
