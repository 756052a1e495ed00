package com.payorcontracts.payor.repository;

import com.payorcontracts.payor.domain.BulletinImpact;
import com.payorcontracts.payor.domain.UmPolicy;
import com.payorcontracts.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Questions across UM policies and bulletins. */
@ApplicationScoped
public class PolicyRepository {

    private static final String UPCOMING = " from Bulletin b join Payor p on p.id = b.payorId"
            + " where p.archivedAt is null and b.effectiveDate between :from and :until";

    private final EntityManager em;

    PolicyRepository(EntityManager em) {
        this.em = em;
    }

    public List<UmPolicy> inForce(UUID payorId, List<String> codes, LocalDate date) {
        return em.createQuery("from UmPolicy i where i.payorId = :payorId and i.code in :codes"
                        + " and i.effectiveDate <= :date and (i.endDate is null or i.endDate >= :date)", UmPolicy.class)
                .setParameter("payorId", payorId).setParameter("codes", codes).setParameter("date", date)
                .getResultList();
    }

    /** Rows of (bulletin, payor name). */
    @SuppressWarnings("unchecked")
    public List<Object[]> upcoming(LocalDate from, LocalDate until, BulletinImpact impact, String code, PageRequest page) {
        Query query = em.createQuery("select b, p.name" + UPCOMING + filters(impact, code)
                + " order by b.effectiveDate, lower(p.name), b.id");
        return bind(query, from, until, impact, code).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countUpcoming(LocalDate from, LocalDate until, BulletinImpact impact, String code) {
        Query query = em.createQuery("select count(b)" + UPCOMING + filters(impact, code));
        return (Long) bind(query, from, until, impact, code).getSingleResult();
    }

    private static String filters(BulletinImpact impact, String code) {
        // array_position (HQL: 0 when absent), not array_contains, which compares text[] with a varchar[]
        // parameter and PostgreSQL refuses that.
        return (impact == null ? "" : " and array_position(b.impacts, :impact) > 0")
                + (code == null ? "" : " and array_position(b.affectedCodes, :code) > 0");
    }

    private static Query bind(Query query, LocalDate from, LocalDate until, BulletinImpact impact, String code) {
        query.setParameter("from", from).setParameter("until", until);
        if (impact != null) {
            query.setParameter("impact", impact.name());
        }
        if (code != null) {
            query.setParameter("code", code);
        }
        return query;
    }
}
