package com.payorcontracts.payor.repository;

import com.payorcontracts.payor.domain.StatusChange;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The pipeline history of payors. */
@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, UUID> {

    /** Newest first: what a user looks for is the latest move. */
    public List<StatusChange> page(UUID payorId, PageRequest page) {
        return find("payorId = ?1 order by changedAt desc, id", payorId).page(Page.of(page.page(), page.size())).list();
    }
}
