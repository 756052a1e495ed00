package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorItem;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.payor.service.ItemKind;
import com.payorcontracts.payor.service.PayorItemService;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** The five endpoints every kind of payor item has, so each resource method is one line. */
@ApplicationScoped
class ItemEndpoints {

    private final PayorItemService items;
    private final Replies replies;

    ItemEndpoints(PayorItemService items, Replies replies) {
        this.items = items;
        this.replies = replies;
    }

    <E extends PayorItem> Response add(String key, UriInfo uri, Object request, ItemKind<E> kind, UUID payorId,
                                       BiFunction<UUID, Instant, E> create, Consumer<E> fill, Function<E, ?> toDto) {
        return replies.post(key, uri, request, () -> items.add(kind, payorId, create, fill),
                item -> Replies.Outcome.created(item.id, toDto.apply(item), item.rowVersion));
    }

    <E extends PayorItem, T> PageResponse<T> list(ItemKind<E> kind, UUID payorId, PageRequest page, Function<E, T> toDto) {
        return items.list(kind, payorId, page, toDto);
    }

    <E extends PayorItem, T> RestResponse<T> get(ItemKind<E> kind, UUID payorId, UUID id, Function<E, T> toDto) {
        E item = items.get(kind, payorId, id);
        return Replies.tagged(toDto.apply(item), item.rowVersion);
    }

    <E extends PayorItem, T> RestResponse<T> replace(ItemKind<E> kind, UUID payorId, UUID id, String ifMatch,
                                                     Consumer<E> fill, Function<E, T> toDto) {
        E item = items.update(kind, payorId, id, EntityTags.fromIfMatch(ifMatch), fill);
        return Replies.tagged(toDto.apply(item), item.rowVersion);
    }

    <E extends PayorItem> RestResponse<Void> delete(ItemKind<E> kind, UUID payorId, UUID id, String ifMatch) {
        items.delete(kind, payorId, id, EntityTags.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }
}
