package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Contracts in PostgreSQL. */
@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public List<Contract> page(UUID payorId, PageRequest request) {
        var query = payorId == null
                ? find("order by lower(name), id")
                : find("payorId = ?1 order by lower(name), id", payorId);
        return query.page(Page.of(request.page(), request.size())).list();
    }

    public long count(UUID payorId) {
        return payorId == null ? count() : count("payorId", payorId);
    }
}
