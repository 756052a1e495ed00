package com.payorcontracts.payor.service;

import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorProfile;
import com.payorcontracts.payor.domain.PayorStatus;
import com.payorcontracts.payor.domain.StatusChange;
import com.payorcontracts.payor.messaging.PayorEvents;
import com.payorcontracts.payor.repository.PayorRepository;
import com.payorcontracts.payor.repository.PayorSearch;
import com.payorcontracts.payor.repository.StatusChangeRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Use cases on payors and their pipeline. Each change and its payor-changed event commit together.
 * A change locks the payor row first and then checks If-Match, so two concurrent edits of the same
 * version cannot both pass: the second sees the first's version and gets a 412.
 */
@ApplicationScoped
public class PayorService {

    private final PayorRepository payors;
    private final StatusChangeRepository history;
    private final PayorEvents events;
    private final Clock clock;

    PayorService(PayorRepository payors, StatusChangeRepository history, PayorEvents events, Clock clock) {
        this.payors = payors;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Payor create(PayorProfile profile) {
        Payor payor = new Payor(profile, Instant.now(clock));
        payors.persist(payor);
        events.created(payor);
        return payor;
    }

    /** Creates every payor or none. */
    @Transactional
    public List<Payor> createAll(List<PayorProfile> profiles) {
        return profiles.stream().map(this::create).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Payor get(UUID id) {
        return payors.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("payor", id));
    }

    /** Replaces the profile with what {@code edit} makes of the current one (PUT passes a constant). */
    @Transactional
    public Payor editProfile(UUID id, EntityTags ifMatch, UnaryOperator<PayorProfile> edit) {
        Payor payor = lockEditable(id, ifMatch);
        Instant now = Instant.now(clock);
        payor.replaceProfile(edit.apply(payor.profile()), now);
        events.changed(payor, PayorChanged.ChangeKind.UPDATED, now);
        return payor;
    }

    /** Archives instead of deleting: contracts in other services may name the payor. Repeating it changes nothing. */
    @Transactional
    public Payor archive(UUID id, EntityTags ifMatch) {
        Payor payor = lock(id);
        ifMatch.check("payor " + id, payor.rowVersion);
        if (!payor.archived()) {
            Instant now = Instant.now(clock);
            payor.archivedAt = now;
            payor.updatedAt = now;
            events.changed(payor, PayorChanged.ChangeKind.ARCHIVED, now);
        }
        return payor;
    }

    @Transactional
    public Payor restore(UUID id) {
        Payor payor = lock(id);
        if (payor.archived()) {
            Instant now = Instant.now(clock);
            payor.archivedAt = null;
            payor.updatedAt = now;
            events.changed(payor, PayorChanged.ChangeKind.RESTORED, now);
        }
        return payor;
    }

    /** Moves the payor through the pipeline, if the caller read its current version. */
    @Transactional
    public Payor changeStatus(UUID id, EntityTags ifMatch, PayorStatus target, String reason, String changedBy) {
        Payor payor = lockEditable(id, ifMatch);
        if (!payor.status.canMoveTo(target)) {
            throw ApiException.illegalTransition("payor", payor.status.name(), target.name(),
                    payor.status.allowedNext().stream().map(Enum::name).toList());
        }
        Instant now = Instant.now(clock);
        history.persist(new StatusChange(id, payor.status, target, reason, changedBy, now));
        payor.status = target;
        payor.updatedAt = now;
        events.changed(payor, PayorChanged.ChangeKind.STATUS_CHANGED, now);
        return payor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> history(UUID id, PageRequest page, Function<StatusChange, T> toDto) {
        get(id);
        return PageResponse.of(history.page(id, page), page, history.count("payorId", id), toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> search(PayorSearch search, PageRequest page, Function<Payor, T> toDto) {
        return PageResponse.of(payors.search(search, page), page, payors.count(search), toDto);
    }

    /** The payor, locked for the rest of the transaction; it must not be archived. */
    Payor lockEditable(UUID id) {
        Payor payor = lock(id);
        if (payor.archived()) {
            throw ApiException.conflict("payor " + id + " is archived; restore it before changing it");
        }
        return payor;
    }

    private Payor lockEditable(UUID id, EntityTags ifMatch) {
        Payor payor = lockEditable(id);
        ifMatch.check("payor " + id, payor.rowVersion);
        return payor;
    }

    private Payor lock(UUID id) {
        return payors.lock(id).orElseThrow(() -> ApiException.notFound("payor", id));
    }
}
