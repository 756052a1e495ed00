package com.payorcontracts.payor.messaging;

import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.payor.config.TopicsConfig;
import com.payorcontracts.payor.domain.Bulletin;
import com.payorcontracts.payor.domain.Interaction;
import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorItem;
import com.payorcontracts.payor.domain.UmPolicy;
import com.payorcontracts.payor.repository.PayorRepository;
import com.payorcontracts.platform.messaging.Outbox;
import com.payorcontracts.platform.messaging.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
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
        return append(payor, payors.nextEventVersion(payor.id), kind, null, now);
    }

    /** A change of one of the payor's items (UM policy, bulletin, interaction), carried in the event as it now is. */
    public PayorChanged.V1 itemChanged(Payor payor, PayorChanged.ChangeKind kind, PayorItem item, boolean removed,
                                       Instant now) {
        return append(payor, payors.nextEventVersion(payor.id), kind, itemState(item, removed), now);
    }

    private PayorChanged.V1 append(Payor payor, long version, PayorChanged.ChangeKind kind, PayorChanged.ItemState item,
                                   Instant now) {
        PayorChanged.V1 event = new PayorChanged.V1(UUID.randomUUID(), payor.id, version, now, kind,
                item == null ? null : item.id(), stateOf(payor), item);
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

    static PayorChanged.ItemState itemState(PayorItem item, boolean removed) {
        if (item instanceof UmPolicy policy) {
            return new PayorChanged.ItemState(item.id, removed, new PayorChanged.UmPolicyState(policy.code, policy.modifier,
                    policy.priorAuthRequired, policy.effectiveDate, policy.endDate), null, null);
        }
        if (item instanceof Bulletin bulletin) {
            return new PayorChanged.ItemState(item.id, removed, null, new PayorChanged.BulletinState(bulletin.title,
                    bulletin.publishedOn, bulletin.effectiveDate, List.of(bulletin.affectedCodes),
                    List.of(bulletin.impacts)), null);
        }
        if (item instanceof Interaction interaction) {
            return new PayorChanged.ItemState(item.id, removed, null, null, new PayorChanged.InteractionState(
                    interaction.kind.name(), interaction.occurredOn, interaction.nextFollowUpOn, interaction.followUpDone));
        }
        throw new IllegalArgumentException("payor-changed events carry no " + item.getClass().getSimpleName());
    }
}
