package com.payorcontracts.payor.messaging;

import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.payor.config.TopicsConfig;
import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.repository.PayorRepository;
import com.payorcontracts.platform.messaging.Outbox;
import com.payorcontracts.platform.messaging.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Turns a payor change into a payor-changed event in the outbox, inside the change's transaction. */
@ApplicationScoped
public class PayorEvents {

    private final Outbox outbox;
    private final TopicsConfig topics;
    private final PayorRepository payors;

    PayorEvents(Outbox outbox, TopicsConfig topics, PayorRepository payors) {
        this.outbox = outbox;
        this.topics = topics;
        this.payors = payors;
    }

    /** The first event of a new payor; no UPDATE needed, so a bulk import stays one batch of inserts. */
    public PayorChanged.V1 created(Payor payor) {
        return append(payor, payor.eventVersion, PayorChanged.ChangeKind.CREATED, null, payor.createdAt);
    }

    public PayorChanged.V1 changed(Payor payor, PayorChanged.ChangeKind kind, Instant now) {
        return changed(payor, kind, null, now);
    }

    /** {@code itemId} names the UM policy or bulletin behind the change, if any. */
    public PayorChanged.V1 changed(Payor payor, PayorChanged.ChangeKind kind, UUID itemId, Instant now) {
        return append(payor, payors.nextEventVersion(payor.id), kind, itemId, now);
    }

    private PayorChanged.V1 append(Payor payor, long version, PayorChanged.ChangeKind kind, UUID itemId, Instant now) {
        PayorChanged.V1 event = new PayorChanged.V1(UUID.randomUUID(), payor.id, version, now, kind, itemId, stateOf(payor));
        outbox.append(new OutboxMessage(event.eventId(), topics.payorChanged(), payor.id.toString(),
                PayorChanged.TYPE_V1, EventCodec.encode(event), Map.of()), now);
        return event;
    }

    static PayorChanged.PayorState stateOf(Payor payor) {
        return new PayorChanged.PayorState(payor.name, payor.legalName, payor.type.name(), payor.status.name(),
                payor.parentOrganization,
                payor.ediPayerIds.stream().map(e -> new PayorChanged.EdiPayerId(e.payerId(), e.clearinghouse())).toList(),
                payor.portalUrl, payor.archived());
    }
}
