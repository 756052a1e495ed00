package com.payorcontracts.contract.service;

import com.payorcontracts.contract.client.PayorDirectory;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.domain.StatusChange;
import com.payorcontracts.contract.messaging.ContractEvents;
import com.payorcontracts.contract.repository.ContractRepository;
import com.payorcontracts.contract.repository.FeeScheduleRepository;
import com.payorcontracts.contract.repository.RateTermsRepository;
import com.payorcontracts.contract.repository.ReferenceScheduleRepository;
import com.payorcontracts.contract.repository.StatusChangeRepository;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.pricing.FeeScheduleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use cases on contracts. Each change and its contract-changed event commit together: the event
 * goes to the outbox in the same transaction, never straight to Kafka.
 */
@ApplicationScoped
public class ContractService {

    private final ContractRepository contracts;
    private final RateTermsRepository versions;
    private final FeeScheduleRepository feeSchedules;
    private final ReferenceScheduleRepository referenceSchedules;
    private final StatusChangeRepository statusChanges;
    private final PayorDirectory payors;
    private final ContractEvents events;
    private final Clock clock;

    ContractService(ContractRepository contracts, RateTermsRepository versions, FeeScheduleRepository feeSchedules,
                    ReferenceScheduleRepository referenceSchedules, StatusChangeRepository statusChanges,
                    PayorDirectory payors, ContractEvents events, Clock clock) {
        this.contracts = contracts;
        this.versions = versions;
        this.feeSchedules = feeSchedules;
        this.referenceSchedules = referenceSchedules;
        this.statusChanges = statusChanges;
        this.payors = payors;
        this.events = events;
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
        return contract;
    }

    /** Replaces the terms of a contract not yet active; an active one changes only by amendment. */
    @Transactional
    public Contract replaceTerms(UUID id, ContractDraft draft) {
        checkTerms(draft);
        Contract contract = editable(id);
        if (!contract.payorId.equals(draft.payorId())) {
            throw ApiException.invalidField("payorId", "a contract cannot move to another payor");
        }
        Instant now = Instant.now(clock);
        apply(contract, draft);
        RateTermsVersion base = versions.base(id);
        base.effectiveFrom = draft.effectiveDate();
        base.rules = draft.rates().rules();
        base.referenceScheduleId = draft.rates().referenceScheduleId();
        feeSchedules.replace(base.id, draft.rates().feeSchedule());
        events.changed(contract, ContractChanged.ChangeKind.UPDATED, now);
        return contract;
    }

    /** Replaces the base fee schedule of a contract not yet active, e.g. from a CSV import. */
    @Transactional
    public Contract replaceFeeSchedule(UUID id, List<FeeScheduleLine> lines) {
        Contract contract = editable(id);
        feeSchedules.replace(versions.base(id).id, lines);
        events.changed(contract, ContractChanged.ChangeKind.FEE_SCHEDULE_IMPORTED, Instant.now(clock));
        return contract;
    }

    @Transactional
    public Contract changeStatus(UUID id, ContractStatus to, String reason) {
        Contract contract = forUpdate(id);
        ContractStatus from = contract.status;
        if (!from.next().contains(to)) {
            throw ApiException.conflict("a " + from + " contract cannot become " + to + "; allowed: "
                    + (from.next().isEmpty() ? "none, it is final" : from.next()));
        }
        Instant now = Instant.now(clock);
        contract.status = to;
        statusChanges.persist(new StatusChange(id, from, to, reason, now));
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
                all.stream().filter(v -> v.kind == RateTermsVersion.Kind.AMENDMENT).toList());
    }

    /** What {@link #view} returns. */
    public record ContractView(Contract contract, RateTermsVersion base, List<FeeScheduleLine> baseFeeSchedule,
                               List<RateTermsVersion> amendments) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusChange> statusHistory(UUID id) {
        get(id);
        return statusChanges.history(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(UUID payorId, ContractStatus status, PageRequest page, Function<Contract, T> toDto) {
        return PageResponse.of(contracts.page(payorId, status, page), page, contracts.count(payorId, status), toDto);
    }

    /**
     * The contract, locked until the transaction ends: every change starts here, so of concurrent
     * writers of one contract one goes on and the others are 409s at once (never a duplicate key on
     * rate_terms, a lost update or an amendment out of date order).
     */
    Contract forUpdate(UUID id) {
        return contracts.lockNoWait(id).orElseThrow(() -> ApiException.notFound("contract", id));
    }

    private Contract editable(UUID id) {
        Contract contract = forUpdate(id);
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
