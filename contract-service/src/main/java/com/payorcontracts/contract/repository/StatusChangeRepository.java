package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.StatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The status history of contracts. */
@ApplicationScoped
public class StatusChangeRepository implements PanacheRepository<StatusChange> {

    public List<StatusChange> history(UUID contractId) {
        return list("contractId = ?1 order by id", contractId);
    }
}
