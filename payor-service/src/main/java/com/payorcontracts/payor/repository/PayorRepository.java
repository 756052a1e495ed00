package com.payorcontracts.payor.repository;

import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Payors in PostgreSQL. */
@ApplicationScoped
public class PayorRepository implements PanacheRepositoryBase<Payor, UUID> {

    public List<Payor> page(PageRequest request) {
        return find("order by lower(name), id").page(Page.of(request.page(), request.size())).list();
    }
}
