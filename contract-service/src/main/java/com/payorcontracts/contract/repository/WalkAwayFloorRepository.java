package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.WalkAwayFloor;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Walk-away floors in PostgreSQL. */
@ApplicationScoped
public class WalkAwayFloorRepository implements PanacheRepositoryBase<WalkAwayFloor, UUID> {

    /** Serializes writers of one code's floors, so two overlapping floors cannot both pass the overlap check. */
    public void lockCode(String code) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('walk_away_floor:' || ?1))")
                .setParameter(1, code).getSingleResult();
    }

    /** The floors of one scope (payorId null: organization-wide) and code, by start date. */
    public List<WalkAwayFloor> ofScope(UUID payorId, String code) {
        return payorId == null
                ? list("payorId is null and code = ?1 order by effectiveFrom", code)
                : list("payorId = ?1 and code = ?2 order by effectiveFrom", payorId, code);
    }

    public List<WalkAwayFloor> organizationPage(PageRequest request) {
        return find("payorId is null order by code, effectiveFrom").page(Page.of(request.page(), request.size())).list();
    }

    public long organizationCount() {
        return count("payorId is null");
    }

    /** The organization's floors and the payor's in force on the date, in code order. */
    public List<WalkAwayFloor> inForce(UUID payorId, LocalDate date) {
        return list("(payorId is null or payorId = :payor) and effectiveFrom <= :date"
                        + " and (effectiveTo is null or effectiveTo >= :date) order by code",
                Parameters.with("payor", payorId).and("date", date));
    }
}
