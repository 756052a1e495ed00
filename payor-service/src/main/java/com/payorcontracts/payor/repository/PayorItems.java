package com.payorcontracts.payor.repository;

import com.payorcontracts.payor.domain.PayorItem;
import com.payorcontracts.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The items of payors (presence, products, policies, contacts...), one table per kind, read alike. */
@ApplicationScoped
public class PayorItems {

    private final EntityManager em;

    PayorItems(EntityManager em) {
        this.em = em;
    }

    /** The item if it exists and belongs to {@code payorId}; locked for the transaction when asked. */
    public <E extends PayorItem> Optional<E> find(Class<E> type, UUID payorId, UUID id, boolean lock) {
        E item = lock ? em.find(type, id, LockModeType.PESSIMISTIC_WRITE) : em.find(type, id);
        return Optional.ofNullable(item).filter(found -> found.payorId.equals(payorId));
    }

    public <E extends PayorItem> List<E> page(Class<E> type, UUID payorId, String orderBy, PageRequest page) {
        return em.createQuery("from " + type.getSimpleName() + " i where i.payorId = :payorId order by " + orderBy + ", i.id", type)
                .setParameter("payorId", payorId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    public <E extends PayorItem> long count(Class<E> type, UUID payorId) {
        return em.createQuery("select count(i) from " + type.getSimpleName() + " i where i.payorId = :payorId", Long.class)
                .setParameter("payorId", payorId).getSingleResult();
    }

    /** Other items of the payor matching {@code condition} (on alias {@code i}): for uniqueness and overlap checks. */
    public <E extends PayorItem> List<E> others(E item, String condition, Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        Class<E> type = (Class<E>) item.getClass();
        TypedQuery<E> query = em.createQuery("from " + type.getSimpleName()
                + " i where i.payorId = :payorId and i.id <> :id and " + condition, type);
        query.setParameter("payorId", item.payorId).setParameter("id", item.id);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public void persist(PayorItem item) {
        em.persist(item);
    }

    public void delete(PayorItem item) {
        em.remove(item);
    }
}
