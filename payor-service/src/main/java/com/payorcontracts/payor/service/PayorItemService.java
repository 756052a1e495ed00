package com.payorcontracts.payor.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorItem;
import com.payorcontracts.payor.messaging.PayorEvents;
import com.payorcontracts.payor.repository.PayorItems;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adding, changing and removing the items of a payor. Every change first locks the payor row, so
 * checks across items (no two overlapping policies, one presence figure per state) cannot race,
 * and then the item row, whose version If-Match must name.
 */
@ApplicationScoped
public class PayorItemService {

    private final PayorService payors;
    private final PayorItems items;
    private final PayorEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    PayorItemService(PayorService payors, PayorItems items, PayorEvents events, AuditTrail audit, Clock clock) {
        this.payors = payors;
        this.items = items;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public <E extends PayorItem> E add(ItemKind<E> kind, UUID payorId, BiFunction<UUID, Instant, E> create, Consumer<E> fill) {
        Payor payor = payors.lockEditable(payorId);
        Instant now = Instant.now(clock);
        E item = create.apply(payorId, now);
        fill.accept(item);
        kind.check().accept(item);
        items.persist(item);
        publish(kind, payor, item, false, now);
        audit.changed(PayorService.AUDITED, payorId, action(kind, "added"), null, item);
        return item;
    }

    @Transactional
    public <E extends PayorItem> E update(ItemKind<E> kind, UUID payorId, UUID id, EntityTags ifMatch, Consumer<E> fill) {
        Payor payor = payors.lockEditable(payorId);
        E item = lockItem(kind, payorId, id);
        ifMatch.check(kind.label() + " " + id, item.rowVersion);
        Instant now = Instant.now(clock);
        JsonNode before = audit.snapshot(item);
        fill.accept(item);
        item.updatedAt = now;
        kind.check().accept(item);
        publish(kind, payor, item, false, now);
        audit.changed(PayorService.AUDITED, payorId, action(kind, "changed"), before, item);
        return item;
    }

    @Transactional
    public <E extends PayorItem> void delete(ItemKind<E> kind, UUID payorId, UUID id, EntityTags ifMatch) {
        Payor payor = payors.lockEditable(payorId);
        E item = lockItem(kind, payorId, id);
        ifMatch.check(kind.label() + " " + id, item.rowVersion);
        items.delete(item);
        publish(kind, payor, item, true, Instant.now(clock));
        audit.changed(PayorService.AUDITED, payorId, action(kind, "removed"), item, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends PayorItem> E get(ItemKind<E> kind, UUID payorId, UUID id) {
        return items.find(kind.type(), payorId, id, false).orElseThrow(() -> notFound(kind, payorId, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends PayorItem, T> PageResponse<T> list(ItemKind<E> kind, UUID payorId, PageRequest page, Function<E, T> toDto) {
        payors.get(payorId);
        return PageResponse.of(items.page(kind.type(), payorId, kind.orderBy(), page), page,
                items.count(kind.type(), payorId), toDto);
    }

    private <E extends PayorItem> E lockItem(ItemKind<E> kind, UUID payorId, UUID id) {
        return items.find(kind.type(), payorId, id, true).orElseThrow(() -> notFound(kind, payorId, id));
    }

    private <E extends PayorItem> void publish(ItemKind<E> kind, Payor payor, E item, boolean removed, Instant now) {
        if (kind.event() != null) {
            events.itemChanged(payor, kind.event(), item, removed, now);
        }
    }

    /** "UM policy" and "changed" make "um-policy-changed". */
    private static String action(ItemKind<?> kind, String what) {
        return kind.label().toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + what;
    }

    private static ApiException notFound(ItemKind<?> kind, UUID payorId, UUID id) {
        return ApiException.notFound(kind.label() + " of payor " + payorId, id);
    }
}
