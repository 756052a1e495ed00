package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.PlannedServiceLine;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Planned service lines in PostgreSQL. */
@ApplicationScoped
public class PlannedServiceLineRepository implements PanacheRepositoryBase<PlannedServiceLine, UUID> {

    public List<PlannedServiceLine> page(PageRequest request) {
        return find("order by targetStartDate, lower(name), id").page(Page.of(request.page(), request.size())).list();
    }

    public boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name) > 0;
    }
}
