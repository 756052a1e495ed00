package com.payorcontracts.contract.service;

import com.payorcontracts.contract.client.PayorDirectory;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.domain.StatusChange;
import com.payorcontracts.contract.messaging.ContractEvents;
import com.payorcontracts.contract.repository.ContractRepository;
import com.payorcontracts.contract.repository.ContractSearch;
import com.payorcontracts.contract.repository.FeeScheduleRepository;
import com.payorcontracts.contract.repository.PayorProjectionRepository;
import com.payorcontracts.contract.repository.RateTermsRepository;
import com.payorcontracts.contract.repository.ReferenceScheduleRepository;
import com.payorcontracts.contract.repository.StatusChangeRepository;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.pricing.FeeScheduleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Use cases on contracts. Each change and its contract-changed event commit together: the event
 * goes to the outbox in the same transaction, never straight to Kafka.
 */
@ApplicationScoped
public class ContractService {

    /** The resource type of a contract's audit trail, which holds its amendments and imports too. */
    static final String AUDITED = "contract";

    private final ContractRepository contracts;
    private final PayorProjectionRepository payorNames;
    private final RateTermsRepository versions;
    private final FeeScheduleRepository feeSchedules;
    private final ReferenceScheduleRepository referenceSchedules;
    private final StatusChangeRepository statusChanges;
    private final PayorDirectory payors;
    private final ContractEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    ContractService(ContractRepository contracts, RateTermsRepository versions, FeeScheduleRepository feeSchedules,
                    ReferenceScheduleRepository referenceSchedules, StatusChangeRepository statusChanges,
                    PayorDirectory payors, ContractEvents events, AuditTrail audit, Clock clock,
                    PayorProjectionRepository payorNames) {
        this.payorNames = payorNames;
        this.contracts = contracts;
        this.versions = versions;
        this.feeSchedules = feeSchedules;
        this.referenceSchedules = referenceSchedules;
        this.statusChanges = statusChanges;
        this.payors = payors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Contract create(ContractDraft draft) {
        checkTerms(draft);
        payors.requireExists(draft.payorId());
        Instant now = Instant.now(clock);
        Contract contract = new Contract(draft.payorId(), now);
        apply(contract, draft);
        contracts.persist(contract);
        RateTermsVersion base = new RateTermsVersion(contract.id, RateTermsVersion.Kind.BASE, "Base terms", null,
                draft.effectiveDate(), draft.rates().referenceScheduleId(), draft.rates().rules(), now);
        versions.persist(base);
        feeSchedules.replace(base.id, draft.rates().feeSchedule());
        events.changed(contract, ContractChanged.ChangeKind.CREATED, now);
        audit.changed(AUDITED, contract.id, "created", null, terms(contract, base));
        return contract;
    }

    /** Replaces the terms of a contract not yet active; an active one changes only by amendment. */
    @Transactional
    public Contract replaceTerms(UUID id, EntityTags ifMatch, ContractDraft draft) {
        checkTerms(draft);
        Contract contract = editable(locked(id, ifMatch));
        if (!contract.payorId.equals(draft.payorId())) {
            throw ApiException.invalidField("payorId", "a contract cannot move to another payor");
        }
        Instant now = Instant.now(clock);
        RateTermsVersion base = versions.base(id);
        Map<String, Object> before = terms(contract, base);
        apply(contract, draft);
        base.effectiveFrom = draft.effectiveDate();
        base.rules = draft.rates().rules();
        base.referenceScheduleId = draft.rates().referenceScheduleId();
        feeSchedules.replace(base.id, draft.rates().feeSchedule());
        events.changed(contract, ContractChanged.ChangeKind.UPDATED, now);
        audit.changed(AUDITED, id, "updated", before, terms(contract, base));
        return contract;
    }

    /** Replaces the base fee schedule of a contract not yet active, e.g. from a CSV import. */
    @Transactional
    public Contract replaceFeeSchedule(UUID id, EntityTags ifMatch, List<FeeScheduleLine> lines) {
        Contract contract = editable(locked(id, ifMatch));
        RateTermsVersion base = versions.base(id);
        int linesBefore = feeSchedules.lines(base.id).size();
        feeSchedules.replace(base.id, lines);
        events.changed(contract, ContractChanged.ChangeKind.FEE_SCHEDULE_IMPORTED, Instant.now(clock));
        audit.summarized(AUDITED, id, "fee-schedule-imported", Map.of("linesBefore", linesBefore, "linesAfter", lines.size()));
        return contract;
    }

    @Transactional
    public Contract changeStatus(UUID id, EntityTags ifMatch, ContractStatus to, String reason, String changedBy) {
        Contract contract = locked(id, ifMatch);
        ContractStatus from = contract.status;
        if (!from.next().contains(to)) {
            throw ApiException.illegalTransition("contract", from.name(), to.name(), from.next().stream().map(Enum::name).toList());
        }
        Instant now = Instant.now(clock);
        contract.status = to;
        statusChanges.persist(new StatusChange(id, from, to, reason, changedBy, now));
        Map<String, Object> after = new HashMap<>();
        after.put("status", to);
        after.put("reason", reason);
        audit.changed(AUDITED, id, "status-changed", Map.of("status", from), after);
        events.changed(contract, ContractChanged.ChangeKind.STATUS_CHANGED, now);
        return contract;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contract get(UUID id) {
        return contracts.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("contract", id));
    }

    /** A contract with its base terms (fee schedule included) and its amendments (without). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractView view(UUID id) {
        Contract contract = get(id);
        List<RateTermsVersion> all = versions.versions(id);
        RateTermsVersion base = all.stream().filter(v -> v.kind == RateTermsVersion.Kind.BASE).findFirst().orElseThrow();
        return new ContractView(contract, base, feeSchedules.lines(base.id),
                all.stream().filter(v -> v.kind == RateTermsVersion.Kind.AMENDMENT).toList(),
                payorNames.name(contract.payorId).orElse(null));
    }

    /** What {@link #view} returns; {@code payorName} null until payor-changed told it. */
    public record ContractView(Contract contract, RateTermsVersion base, List<FeeScheduleLine> baseFeeSchedule,
                               List<RateTermsVersion> amendments, String payorName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> statusHistory(UUID id, PageRequest page, Function<StatusChange, T> toDto) {
        get(id);
        return PageResponse.of(statusChanges.history(id, page), page, statusChanges.countHistory(id), toDto);
    }

    /** The contract's audit trail, newest first: its terms, status, fee schedule imports and amendments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEvent> audit(UUID id, PageRequest page) {
        get(id);
        return audit.page(AUDITED, id, page);
    }

    /** The contract and its base terms as the audit trail compares them (a long fee schedule by its size). */
    private Map<String, Object> terms(Contract contract, RateTermsVersion base) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("contract", audit.snapshot(contract));
        terms.put("effectiveFrom", base.effectiveFrom);
        terms.put("referenceScheduleId", base.referenceScheduleId);
        terms.put("rules", base.rules);
        terms.put("feeSchedule", feeSchedules.lines(base.id));
        return terms;
    }

    /**
     * A page of contracts, each with its payor's name ({@code toDto}'s second argument, null until
     * payor-changed told it): read from contract-service's own payor projection in one query, never
     * asked of payor-service while a list is served.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(ContractSearch search, PageRequest page, BiFunction<Contract, String, T> toDto) {
        List<Contract> items = contracts.page(search, page);
        Map<UUID, String> names = payorNames.names(items.stream().map(c -> c.payorId).distinct().toList());
        return PageResponse.of(items, page, contracts.count(search), c -> toDto.apply(c, names.get(c.payorId)));
    }

    /**
     * The contract, locked until the transaction ends, if the caller read its current version (412
     * otherwise). The contract's ETag is its event version: every change of it, terms, fee schedule,
     * status or amendment, moves that on.
     */
    private Contract locked(UUID id, EntityTags ifMatch) {
        Contract contract = forUpdate(id);
        ifMatch.check("contract " + id, contract.eventVersion);
        return contract;
    }

    /**
     * The contract, locked until the transaction ends: every change starts here, so of concurrent
     * writers of one contract one goes on and the others are 409s at once (never a duplicate key on
     * rate_terms, a lost update or an amendment out of date order).
     */
    Contract forUpdate(UUID id) {
        return contracts.lockNoWait(id).orElseThrow(() -> ApiException.notFound("contract", id));
    }

    private static Contract editable(Contract contract) {
        UUID id = contract.id;
        if (!contract.status.editable()) {
            throw ApiException.conflict("contract " + id + " is " + contract.status
                    + "; change its terms with an amendment (POST /api/v1/contracts/" + id + "/amendments)");
        }
        return contract;
    }

    private static void apply(Contract contract, ContractDraft draft) {
        contract.name = draft.name().strip();
        contract.effectiveDate = draft.effectiveDate();
        contract.expirationDate = draft.expirationDate();
        contract.provider = draft.provider();
        contract.linesOfBusiness = new ArrayList<>(draft.linesOfBusiness());
        contract.autoRenew = draft.autoRenew();
        contract.renewalNoticeDays = draft.renewalNoticeDays();
        contract.terminationNoticeDays = draft.terminationNoticeDays();
        contract.paymentTerms = draft.paymentTerms();
    }

    private void checkTerms(ContractDraft draft) {
        if (draft.expirationDate().isBefore(draft.effectiveDate())) {
            throw ApiException.invalidField("expirationDate", "must not be before effectiveDate " + draft.effectiveDate());
        }
        checkReferenceSchedule(draft.rates().referenceScheduleId());
        checkUniqueLines(draft.rates().feeSchedule(), "feeSchedule");
    }

    void checkReferenceSchedule(UUID referenceScheduleId) {
        if (referenceScheduleId != null && referenceSchedules.findByIdOptional(referenceScheduleId).isEmpty()) {
            throw new ApiException(com.payorcontracts.platform.rest.ProblemType.UNPROCESSABLE,
                    "reference schedule " + referenceScheduleId + " does not exist",
                    List.of(new com.payorcontracts.platform.rest.ProblemDetail.FieldError("referenceScheduleId",
                            "no such reference fee schedule")));
        }
    }

    static void checkUniqueLines(List<FeeScheduleLine> lines, String field) {
        Map<LineKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            LineKey key = LineKey.of(lines.get(i));
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw ApiException.invalidField(field + "[" + i + "]", "repeats " + key + " of " + field + "[" + first + "]");
            }
        }
    }
}
