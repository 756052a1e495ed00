package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.domain.ContractProjection;
import com.payorcontracts.analytics.repository.ContractProjectionRepository;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.platform.messaging.Inbox;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/** Keeps the contract projection from contract-changed events, and reads it. */
@ApplicationScoped
public class ContractProjector {

    /** The consumer name under which processed events are recorded. */
    public static final String CONSUMER = "contract-projection";

    /** What applying one event did. */
    public enum Outcome { APPLIED, DUPLICATE, STALE }

    private final ContractProjectionRepository projections;
    private final Inbox inbox;
    private final Clock clock;

    ContractProjector(ContractProjectionRepository projections, Inbox inbox, Clock clock) {
        this.projections = projections;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * Applies one event in the caller's transaction or one of its own: an event id seen before
     * changes nothing, and an older version never overwrites a newer one.
     */
    @Transactional
    public Outcome apply(ContractChanged.V1 event) {
        Instant now = Instant.now(clock);
        if (!inbox.firstSeen(CONSUMER, event.eventId())) {
            return Outcome.DUPLICATE;
        }
        return projections.upsert(event, now) ? Outcome.APPLIED : Outcome.STALE;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractProjection get(UUID contractId) {
        return projections.findByIdOptional(contractId).orElseThrow(() -> ApiException.notFound("contract", contractId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(UUID payorId, PageRequest page, Function<ContractProjection, T> toDto) {
        var query = payorId == null
                ? projections.find("order by lower(name), contractId")
                : projections.find("payorId = ?1 order by lower(name), contractId", payorId);
        return PageResponse.of(query.page(Page.of(page.page(), page.size())).list(), page, query.count(), toDto);
    }
}
