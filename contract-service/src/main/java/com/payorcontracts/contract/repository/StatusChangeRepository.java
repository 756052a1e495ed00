package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.StatusChange;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The status history of contracts. */
@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    public List<StatusChange> history(UUID contractId) {
        return list("contractId = ?1 order by id", contractId);
    }

    /** One page of the contract's status changes, oldest first. */
    public List<StatusChange> history(UUID contractId, PageRequest page) {
        return find("contractId = ?1 order by id", contractId).page(Page.of(page.page(), page.size())).list();
    }

    public long countHistory(UUID contractId) {
        return count("contractId = ?1", contractId);
    }
}
