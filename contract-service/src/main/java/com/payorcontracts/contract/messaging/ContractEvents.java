package com.payorcontracts.contract.messaging;

import com.payorcontracts.contract.config.TopicsConfig;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.platform.messaging.Outbox;
import com.payorcontracts.platform.messaging.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Turns a contract change into a contract-changed event in the outbox, inside the change's transaction. */
@ApplicationScoped
public class ContractEvents {

    private final Outbox outbox;
    private final TopicsConfig topics;

    ContractEvents(Outbox outbox, TopicsConfig topics) {
        this.outbox = outbox;
        this.topics = topics;
    }

    public ContractChanged.V1 changed(Contract contract, ContractChanged.ChangeKind kind, Instant now) {
        long version = contract.recordChange(now);
        ContractChanged.V1 event = new ContractChanged.V1(UUID.randomUUID(), contract.id, version, now, kind, termsOf(contract));
        outbox.append(new OutboxMessage(event.eventId(), topics.contractChanged(), contract.id.toString(),
                ContractChanged.TYPE_V1, EventCodec.encode(event), Map.of()), now);
        return event;
    }

    static ContractChanged.ContractTerms termsOf(Contract contract) {
        ContractChanged.RateTerms base = new ContractChanged.RateTerms(contract.effectiveDate, "BASE", null, null,
                contract.feeSchedule.stream()
                        .map(line -> ContractChanged.FeeScheduleLine.fixed(line.code, line.modifier, line.amount))
                        .toList(),
                new ContractChanged.DefaultRule("NOT_COVERED", null), null, null, null, false, null);
        return new ContractChanged.ContractTerms(contract.payorId, contract.name, contract.status.name(),
                contract.effectiveDate, contract.expirationDate, null, null, null, null, java.util.List.of(base));
    }
}
