package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.domain.RateRules;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.messaging.ContractEvents;
import com.payorcontracts.contract.repository.FeeScheduleRepository;
import com.payorcontracts.contract.repository.RateTermsRepository;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Amendments: named, effective-dated changes of an active contract's rate terms, and renewals (an
 * amendment with a new expiration date, which may take effect after the old one). Each one becomes
 * a new version of the terms, effective from its date, holding the whole terms then in force.
 * Amendments follow one another in time: one effective on or before the latest version's date
 * would overlap it, and is refused.
 */
@ApplicationScoped
public class AmendmentService {

    private final ContractService contracts;
    private final RateTermsRepository versions;
    private final FeeScheduleRepository feeSchedules;
    private final ContractEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    AmendmentService(ContractService contracts, RateTermsRepository versions, FeeScheduleRepository feeSchedules,
                     ContractEvents events, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.versions = versions;
        this.feeSchedules = feeSchedules;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public RateTermsVersion amend(UUID contractId, AmendmentDraft draft) {
        // Locked: two amendments at once would both read the same latest version and both insert.
        Contract contract = contracts.forUpdate(contractId);
        if (contract.status != ContractStatus.ACTIVE) {
            throw ApiException.conflict("only an ACTIVE contract is amended; this one is " + contract.status
                    + (contract.status.editable() ? ": replace its terms with PUT /api/v1/contracts/" + contractId : ""));
        }
        LocalDate newExpiration = draft.newExpirationDate();
        if (newExpiration != null && !newExpiration.isAfter(contract.expirationDate)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "a renewal must extend the contract",
                    List.of(new ProblemDetail.FieldError("newExpirationDate", "must be after the current expiration date "
                            + contract.expirationDate)));
        }
        LocalDate until = newExpiration != null ? newExpiration : contract.expirationDate;
        if (draft.effectiveDate().isBefore(contract.effectiveDate)
                || draft.effectiveDate().isAfter(until) && !contract.covers(draft.effectiveDate())) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "the amendment's effective date lies outside the contract",
                    List.of(new ProblemDetail.FieldError("effectiveDate", "must be within " + contract.effectiveDate
                            + " and " + until)));
        }
        RateTermsVersion previous = versions.latest(contractId).orElseThrow();
        if (!draft.effectiveDate().isAfter(previous.effectiveFrom)) {
            throw ApiException.conflict("the amendment effective " + draft.effectiveDate() + " overlaps '" + previous.name
                    + "' effective " + previous.effectiveFrom + "; amendments must take effect after the latest one");
        }
        contracts.checkReferenceSchedule(draft.referenceScheduleId());
        List<FeeScheduleLine> lines = amendedLines(feeSchedules.lines(previous.id), draft);
        ContractService.checkUniqueLines(lines, draft.replaceSchedule() != null ? "feeSchedule" : "feeScheduleUpserts");
        Instant now = Instant.now(clock);
        RateTermsVersion amendment = new RateTermsVersion(contractId, RateTermsVersion.Kind.AMENDMENT, draft.name().strip(),
                draft.description(), draft.effectiveDate(),
                draft.referenceScheduleId() != null ? draft.referenceScheduleId() : previous.referenceScheduleId,
                amendedRules(previous.rules, draft), now);
        if (newExpiration != null) {
            // The old expiration stays readable in the history: the previous renewal, or the base terms' contract dates.
            amendment.newExpirationDate = newExpiration;
            contract.expirationDate = newExpiration;
        }
        versions.persist(amendment);
        feeSchedules.replace(amendment.id, lines);
        events.changed(contract, ContractChanged.ChangeKind.AMENDED, now);
        Map<String, Object> amended = new LinkedHashMap<>();
        amended.put("amendmentId", amendment.id);
        amended.put("amendment", draft);
        audit.changed(ContractService.AUDITED, contractId, "amended", null, amended);
        return amendment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> history(UUID contractId, PageRequest page, Function<RateTermsVersion, T> toDto) {
        contracts.get(contractId);
        return PageResponse.of(versions.amendments(contractId, page), page, versions.countAmendments(contractId), toDto);
    }

    static List<FeeScheduleLine> amendedLines(List<FeeScheduleLine> inForce, AmendmentDraft draft) {
        if (draft.replaceSchedule() != null) {
            return draft.replaceSchedule();
        }
        Map<LineKey, FeeScheduleLine> lines = new LinkedHashMap<>();
        inForce.forEach(line -> lines.put(LineKey.of(line), line));
        if (draft.removals() != null) {
            for (int i = 0; i < draft.removals().size(); i++) {
                if (lines.remove(draft.removals().get(i)) == null) {
                    throw ApiException.invalidField("feeScheduleRemovals[" + i + "]",
                            "no line " + draft.removals().get(i) + " is in force to remove");
                }
            }
        }
        if (draft.upserts() != null) {
            draft.upserts().forEach(line -> lines.put(LineKey.of(line), line));
        }
        return List.copyOf(lines.values());
    }

    static RateRules amendedRules(RateRules inForce, AmendmentDraft draft) {
        java.util.Set<String> clear = draft.clear() == null ? java.util.Set.of() : draft.clear();
        boolean lesserOf = draft.lesserOfPercent() != null || (draft.lesserOf() != null ? draft.lesserOf() : inForce.lesserOf());
        return new RateRules(
                draft.defaultRule() != null ? draft.defaultRule() : inForce.defaultRule(),
                clear.contains("multipleProcedureReduction") ? null
                        : draft.multipleProcedureReduction() != null ? draft.multipleProcedureReduction() : inForce.multipleProcedureReduction(),
                clear.contains("modifierRules") ? null
                        : draft.modifierRules() != null ? draft.modifierRules() : inForce.modifierRules(),
                clear.contains("stopLoss") ? null : draft.stopLoss() != null ? draft.stopLoss() : inForce.stopLoss(),
                lesserOf,
                clear.contains("escalator") ? null : draft.escalator() != null ? draft.escalator() : inForce.escalator(),
                draft.lesserOfPercent() != null ? draft.lesserOfPercent() : inForce.lesserOfPercent());
    }
}
