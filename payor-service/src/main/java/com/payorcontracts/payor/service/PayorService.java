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
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.KeysetPageRequest;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageTokenCodec;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /** The resource type of a payor's audit trail, which holds its items' changes too. */
    static final String AUDITED = "payor";

    private final PayorRepository payors;
    private final StatusChangeRepository history;
    private final PayorEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    PayorService(PayorRepository payors, StatusChangeRepository history, PayorEvents events, AuditTrail audit, Clock clock) {
        this.payors = payors;
        this.history = history;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Payor create(PayorProfile profile) {
        Payor payor = new Payor(profile, Instant.now(clock));
        payors.persist(payor);
        events.created(payor);
        audit.changed(AUDITED, payor.id, "created", null, profile);
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
        PayorProfile before = payor.profile();
        payor.replaceProfile(edit.apply(before), now);
        events.changed(payor, PayorChanged.ChangeKind.UPDATED, now);
        audit.changed(AUDITED, id, "updated", before, payor.profile());
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
            audit.changed(AUDITED, id, "archived", Map.of("archived", false), Map.of("archived", true));
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
            audit.changed(AUDITED, id, "restored", Map.of("archived", true), Map.of("archived", false));
        }
        return payor;
    }

    /** Moves the payor through the pipeline, if the caller read its current version; {@code changedBy} is the token's subject. */
    @Transactional
    public Payor changeStatus(UUID id, EntityTags ifMatch, PayorStatus target, String reason, String changedBy) {
        Payor payor = lockEditable(id, ifMatch);
        if (!payor.status.canMoveTo(target)) {
            throw ApiException.illegalTransition("payor", payor.status.name(), target.name(),
                    payor.status.allowedNext().stream().map(Enum::name).toList());
        }
        Instant now = Instant.now(clock);
        history.persist(new StatusChange(id, payor.status, target, reason, changedBy, now));
        audit.changed(AUDITED, id, "status-changed", Map.of("status", payor.status), Map.of("status", target, "reason", reason));
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

    /** The payor's audit trail, newest first: its own changes and those of its items. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEvent> audit(UUID id, PageRequest page) {
        get(id);
        return audit.page(AUDITED, id, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> search(PayorSearch search, PageRequest page, Function<Payor, T> toDto) {
        return PageResponse.of(payors.search(search, page, null), page, payors.count(search), toDto);
    }

    /** One page of the search: by number, or after a page token's key when {@code token} is not null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Payor> searchPage(PayorSearch search, PageRequest page, PageTokenCodec.PageToken token) {
        try {
            return payors.search(search, page, token == null ? null : token.after());
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw ApiException.invalidField(KeysetPageRequest.PAGE_TOKEN, "does not fit this sort; start again without it");
        }
    }

    /** How many payors the search finds in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(PayorSearch search) {
        return payors.count(search);
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
