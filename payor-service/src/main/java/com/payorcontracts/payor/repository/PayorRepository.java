package com.payorcontracts.payor.repository;

import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.platform.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Payors in PostgreSQL. */
@ApplicationScoped
public class PayorRepository implements PanacheRepositoryBase<Payor, UUID> {

    /** Locks the row until the transaction ends, so checks and changes on one payor never interleave. */
    public Optional<Payor> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next payor-changed version; also locks the row, so versions follow commit order. */
    public long nextEventVersion(UUID id) {
        Object version = getEntityManager()
                .createNativeQuery("UPDATE payor SET event_version = event_version + 1 WHERE id = ?1 RETURNING event_version")
                .setParameter(1, id).getSingleResult();
        return ((Number) version).longValue();
    }

    /**
     * One page of the search: page {@code page.page()} when {@code after} is null, else the
     * {@code page.size()} payors that follow the one whose sort key is {@code after} (a page token).
     */
    public List<Payor> search(PayorSearch search, PageRequest page, List<String> after) {
        if (after == null) {
            return query(search, search.sort().orderBy(), null).page(Page.of(page.page(), page.size())).list();
        }
        return query(search, search.sort().orderBy(), after).page(Page.ofSize(page.size())).list();
    }

    public long count(PayorSearch search) {
        return query(search, "", null).count();
    }

    private PanacheQuery<Payor> query(PayorSearch search, String orderBy, List<String> after) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (after != null) {
            where.add(search.sort().after());
            Object[] values = search.sort().bind(after);
            for (int i = 0; i < values.length; i++) {
                params.put("after" + i, values[i]);
            }
        }
        if (!search.ids().isEmpty()) {
            where.add("p.id in :ids");
            params.put("ids", search.ids());
        }
        if (!search.includeArchived()) {
            where.add("p.archivedAt is null");
        }
        if (search.name() != null && !search.name().isBlank()) {
            // search_text is lower(name || ' ' || legal_name), trigram-indexed for '%...%'.
            where.add("p.searchText like :name escape '\\'");
            params.put("name", "%" + escapeLike(search.name().strip().toLowerCase()) + "%");
        }
        if (!search.types().isEmpty()) {
            where.add("p.type in :types");
            params.put("types", search.types());
        }
        if (!search.statuses().isEmpty()) {
            where.add("p.status in :statuses");
            params.put("statuses", search.statuses());
        }
        String inStates = search.states().isEmpty() ? "" : " and m.state in :states";
        if (!search.states().isEmpty()) {
            params.put("states", search.states());
        }
        if (search.minLives() != null && search.minLives() > 0) {
            // One grouped pass over the state rows (an index-only scan), not a correlated sum per
            // payor: that ran 10,000 times for a count and took 45 ms. County figures refine their
            // state's and are never added to it.
            where.add("p.id in (select m.payorId from MarketPresence m where m.county is null" + inStates
                    + " group by m.payorId having sum(m.coveredLives) >= :minLives)");
            params.put("minLives", search.minLives());
        } else if (!search.states().isEmpty()) {
            where.add("exists (select 1 from MarketPresence m where m.payorId = p.id" + inStates + ")");
        }
        if (search.ediPayerId() != null && !search.ediPayerId().isBlank()) {
            where.add("p.id in :ediPayorIds");
            params.put("ediPayorIds", withEdiPayerId(search.ediPayerId().strip().toUpperCase()));
        }
        String hql = "from Payor p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (orderBy.isEmpty() ? "" : " " + orderBy);
        return find(hql, params);
    }

    // JSON containment is not HQL; the GIN index on edi_payer_ids answers this in one lookup.
    @SuppressWarnings("unchecked")
    private List<UUID> withEdiPayerId(String payerId) {
        List<UUID> ids = new ArrayList<>(getEntityManager()
                .createNativeQuery("SELECT id FROM payor WHERE edi_payer_ids @> jsonb_build_array(jsonb_build_object('payerId', ?1))", UUID.class)
                .setParameter(1, payerId).getResultList());
        if (ids.isEmpty()) {
            ids.add(new UUID(0, 0)); // "in ()" is not valid SQL; no payor has the nil id
        }
        return ids;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
