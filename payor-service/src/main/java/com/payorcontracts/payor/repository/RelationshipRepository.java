package com.payorcontracts.payor.repository;

import com.payorcontracts.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/** Questions across the relationship log of all payors. */
@ApplicationScoped
public class RelationshipRepository {

    private static final String DUE = " from Interaction i join Payor p on p.id = i.payorId left join Contact c on c.id = i.contactId"
            + " where p.archivedAt is null and i.followUpDone = false and i.nextFollowUpOn <= :until";

    private final EntityManager em;

    RelationshipRepository(EntityManager em) {
        this.em = em;
    }

    /** Rows of (interaction, payor name, contact name or null). */
    @SuppressWarnings("unchecked")
    public List<Object[]> followUpsDue(LocalDate until, PageRequest page) {
        return em.createQuery("select i, p.name, c.name" + DUE + " order by i.nextFollowUpOn, lower(p.name), i.id")
                .setParameter("until", until)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    public long countFollowUpsDue(LocalDate until) {
        return em.createQuery("select count(i)" + DUE, Long.class).setParameter("until", until).getSingleResult();
    }
}
