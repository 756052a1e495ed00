package com.payorcontracts.contract.repository;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Contracts in PostgreSQL. */
@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public List<Contract> page(ContractSearch search, PageRequest request) {
        return query(search, " order by " + search.sort().orderBy()).page(Page.of(request.page(), request.size())).list();
    }

    public long count(ContractSearch search) {
        return query(search, "").count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Contract> query(ContractSearch search, String orderBy) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.name() != null && !search.name().isBlank()) {
            where.add("lower(c.name) like :name escape '\\'");
            params.put("name", "%" + escapeLike(search.name().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.payorId() != null) {
            where.add("c.payorId = :payorId");
            params.put("payorId", search.payorId());
        }
        if (!search.statuses().isEmpty()) {
            where.add("c.status in :statuses");
            params.put("statuses", search.statuses());
        }
        if (search.expiringBy() != null) {
            where.add("c.expirationDate between :today and :expiringBy and c.status not in :ended");
            params.put("today", search.today());
            params.put("expiringBy", search.expiringBy());
            params.put("ended", EnumSet.of(ContractStatus.EXPIRED, ContractStatus.TERMINATED));
        }
        if (!search.ids().isEmpty()) {
            where.add("c.id in :ids");
            params.put("ids", search.ids());
        }
        return find("from Contract c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + orderBy, params);
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
