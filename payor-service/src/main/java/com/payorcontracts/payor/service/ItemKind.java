package com.payorcontracts.payor.service;

import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.payor.domain.PayorItem;

import java.util.function.Consumer;

/**
 * How one kind of payor item behaves in {@link PayorItemService}.
 *
 * @param type    the entity
 * @param label   its name in messages ("UM policy")
 * @param orderBy its list order, on alias {@code i}
 * @param event   the payor-changed kind its changes publish, or null when they publish none
 * @param check   rules across items (uniqueness, overlaps), run under the payor's lock before saving
 */
public record ItemKind<E extends PayorItem>(Class<E> type, String label, String orderBy, PayorChanged.ChangeKind event,
                                            Consumer<E> check) {
}
