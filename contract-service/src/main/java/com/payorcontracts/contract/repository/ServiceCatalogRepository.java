package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.CatalogCode;
import com.payorcontracts.contract.domain.ServiceCategory;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The service catalog's codes in PostgreSQL. */
@ApplicationScoped
public class ServiceCatalogRepository implements PanacheRepositoryBase<CatalogCode, String> {

    // An absent category matches every code, so one query shape serves both.
    private static final String FILTER = "(:category is null or category = :category)";

    public List<CatalogCode> page(ServiceCategory category, PageRequest request) {
        return find(FILTER + " order by code", Parameters.with("category", category))
                .page(Page.of(request.page(), request.size())).list();
    }

    public long count(ServiceCategory category) {
        return count(FILTER, Parameters.with("category", category));
    }
}
