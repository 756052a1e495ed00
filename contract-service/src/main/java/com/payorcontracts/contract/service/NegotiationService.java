package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.CatalogCode;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.domain.Negotiation;
import com.payorcontracts.contract.domain.NegotiationProposal;
import com.payorcontracts.contract.domain.NegotiationStatus;
import com.payorcontracts.contract.domain.Party;
import com.payorcontracts.contract.domain.PaymentTerms;
import com.payorcontracts.contract.domain.ProposalComparison;
import com.payorcontracts.contract.domain.ProposedTerms;
import com.payorcontracts.contract.domain.RateRules;
import com.payorcontracts.contract.domain.RateTermsVersion;
import com.payorcontracts.contract.domain.WalkAwayFloor;
import com.payorcontracts.contract.messaging.ContractEvents;
import com.payorcontracts.contract.messaging.NegotiationEvents;
import com.payorcontracts.contract.repository.FeeScheduleRepository;
import com.payorcontracts.contract.repository.NegotiationRepository;
import com.payorcontracts.contract.repository.RateTermsRepository;
import com.payorcontracts.contract.repository.ReferenceScheduleRepository;
import com.payorcontracts.contract.repository.ServiceCatalogRepository;
import com.payorcontracts.contract.repository.WalkAwayFloorRepository;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.ProposedRates;
import com.payorcontracts.pricing.RateChange;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Negotiations with a contract's payor: opened on an ACTIVE contract (its renewal or amendment) or
 * on a DRAFT or NEGOTIATING one (a new contract's terms), rounds of proposals, and their end.
 * Accepting the latest proposal creates the amendment (a renewal when it moves the expiration
 * date) or replaces the new contract's terms, in the same transaction as the negotiation's
 * change and both events.
 */
@ApplicationScoped
public class NegotiationService {

    private static final ReferenceFeeSchedule NO_REFERENCE = InMemoryReferenceFeeSchedule.builder().build();
    private static final Set<ContractStatus> NEGOTIABLE = Set.of(ContractStatus.DRAFT, ContractStatus.NEGOTIATING,
            ContractStatus.ACTIVE);

    private final NegotiationRepository negotiations;
    private final ContractService contracts;
    private final AmendmentService amendments;
    private final RateTermsRepository versions;
    private final FeeScheduleRepository feeSchedules;
    private final ReferenceScheduleRepository referenceSchedules;
    private final ServiceCatalogRepository catalog;
    private final WalkAwayFloorRepository floors;
    private final NegotiationEvents events;
    private final ContractEvents contractEvents;
    private final AuditTrail audit;
    private final Clock clock;

    NegotiationService(NegotiationRepository negotiations, ContractService contracts, AmendmentService amendments,
                       RateTermsRepository versions, FeeScheduleRepository feeSchedules,
                       ReferenceScheduleRepository referenceSchedules, ServiceCatalogRepository catalog,
                       WalkAwayFloorRepository floors, NegotiationEvents events, ContractEvents contractEvents,
                       AuditTrail audit, Clock clock) {
        this.negotiations = negotiations;
        this.contracts = contracts;
        this.amendments = amendments;
        this.versions = versions;
        this.feeSchedules = feeSchedules;
        this.referenceSchedules = referenceSchedules;
        this.catalog = catalog;
        this.floors = floors;
        this.events = events;
        this.contractEvents = contractEvents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A proposal to make: who makes it, what it asks, and a note. */
    public record ProposalDraft(Party from, ProposedTerms terms, String note) {
    }

    /** A negotiation with its proposals, first round first. */
    public record NegotiationView(Negotiation negotiation, List<NegotiationProposal> proposals) {
    }

    /** A proposal compared with the terms in force; {@code referenceScheduleId} is the schedule Medicare fees come from. */
    public record Comparison(Negotiation negotiation, NegotiationProposal proposal, UUID referenceScheduleId,
                             ProposalComparison.Result result) {
    }

    @Transactional
    public Negotiation open(UUID contractId, String name) {
        Contract contract = contracts.get(contractId);
        if (!NEGOTIABLE.contains(contract.status)) {
            throw ApiException.conflict("contract " + contractId + " is " + contract.status
                    + "; only a DRAFT, NEGOTIATING or ACTIVE contract is negotiated");
        }
        Instant now = Instant.now(clock);
        Negotiation negotiation = new Negotiation(contractId, contract.payorId, name.strip(), now);
        negotiations.persist(negotiation);
        events.changed(negotiation, NegotiationChanged.ChangeKind.OPENED, null, null, now);
        return negotiation;
    }

    /** Adds a round: the first proposal keeps the negotiation OPEN, a later one counters (COUNTERED). */
    @Transactional
    public NegotiationProposal propose(UUID contractId, UUID negotiationId, ProposalDraft draft, String createdBy) {
        Negotiation negotiation = locked(contractId, negotiationId);
        Contract contract = contracts.get(contractId);
        ProposedTerms terms = draft.terms();
        Basis basis = basis(contract, terms.effectiveDate());
        check(contract, basis, terms);
        int round = negotiation.propose();
        Instant now = Instant.now(clock);
        NegotiationProposal proposal = new NegotiationProposal(negotiationId, round, draft.from(), terms, draft.note(),
                createdBy, now);
        negotiations.persist(proposal);
        events.changed(negotiation, NegotiationChanged.ChangeKind.PROPOSED, proposal,
                compare(contract, basis, terms, Map.of()).totals(), now);
        return proposal;
    }

    /**
     * Ends the negotiation (If-Match required). ACCEPTED accepts the latest proposal: the amendment
     * or the new contract's terms it makes commit with the negotiation's change and both events.
     */
    @Transactional
    public Negotiation end(UUID contractId, UUID negotiationId, EntityTags ifMatch, NegotiationStatus to, String reason) {
        // The precondition first, as on every change: a stale If-Match is a 412 whatever the body says.
        Negotiation negotiation = locked(contractId, negotiationId);
        ifMatch.check("negotiation " + negotiationId, negotiation.eventVersion);
        if (to == NegotiationStatus.OPEN || to == NegotiationStatus.COUNTERED) {
            throw ApiException.invalidField("status", "a negotiation ends ACCEPTED, REJECTED or WITHDRAWN;"
                    + " a counter-proposal is a POST of its proposals");
        }
        List<NegotiationProposal> proposals = negotiations.proposals(negotiationId);
        NegotiationProposal latest = proposals.isEmpty() ? null : proposals.get(proposals.size() - 1);
        if (to == NegotiationStatus.ACCEPTED && latest == null && negotiation.status.next().contains(to)) {
            throw ApiException.conflict("negotiation " + negotiationId + " has no proposal to accept yet");
        }
        negotiation.end(to, reason);
        Contract contract = contracts.forUpdate(contractId);
        ProposalComparison.Totals totals = latest == null ? null
                : compare(contract, basis(contract, latest.terms.effectiveDate()), latest.terms, Map.of()).totals();
        if (to == NegotiationStatus.ACCEPTED) {
            negotiation.acceptedProposalId = latest.id;
            negotiation.amendmentId = accept(contract, negotiation, latest);
        }
        NegotiationChanged.ChangeKind kind = switch (to) {
            case ACCEPTED -> NegotiationChanged.ChangeKind.ACCEPTED;
            case REJECTED -> NegotiationChanged.ChangeKind.REJECTED;
            default -> NegotiationChanged.ChangeKind.WITHDRAWN;
        };
        events.changed(negotiation, kind, latest, totals, Instant.now(clock));
        return negotiation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NegotiationView view(UUID contractId, UUID negotiationId) {
        Negotiation negotiation = get(contractId, negotiationId);
        return new NegotiationView(negotiation, negotiations.proposals(negotiationId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> PageResponse<T> list(UUID contractId, PageRequest page, Function<Negotiation, T> toDto) {
        contracts.get(contractId);
        return PageResponse.of(negotiations.page(contractId, page), page, negotiations.count(contractId), toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NegotiationProposal proposal(UUID contractId, UUID negotiationId, UUID proposalId) {
        get(contractId, negotiationId);
        return negotiations.proposal(negotiationId, proposalId)
                .orElseThrow(() -> ApiException.notFound("proposal of negotiation " + negotiationId, proposalId));
    }

    /** The proposal compared code by code with the terms in force on its date, floors of the contract's payor included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Comparison comparison(UUID contractId, UUID negotiationId, UUID proposalId) {
        NegotiationProposal proposal = proposal(contractId, negotiationId, proposalId);
        Contract contract = contracts.get(contractId);
        LocalDate date = proposal.terms.effectiveDate();
        Basis basis = basis(contract, date);
        Map<String, BigDecimal> floorByCode = new HashMap<>();
        for (WalkAwayFloor floor : FloorService.inForce(floors.inForce(contract.payorId, date))) {
            floorByCode.put(floor.code, floor.amount);
        }
        return new Comparison(get(contractId, negotiationId), proposal, basis.version().referenceScheduleId,
                compare(contract, basis, proposal.terms, floorByCode));
    }

    private Negotiation get(UUID contractId, UUID negotiationId) {
        contracts.get(contractId);
        return negotiations.ofContract(contractId, negotiationId)
                .orElseThrow(() -> ApiException.notFound("negotiation of contract " + contractId, negotiationId));
    }

    private Negotiation locked(UUID contractId, UUID negotiationId) {
        contracts.get(contractId);
        return negotiations.lockNoWait(contractId, negotiationId)
                .orElseThrow(() -> ApiException.notFound("negotiation of contract " + contractId, negotiationId));
    }

    /** The version of the rate terms a proposal changes: the one in force on its date, else the latest (a renewal's date lies beyond). */
    private record Basis(RateTermsVersion version, List<FeeScheduleLine> lines) {
    }

    private Basis basis(Contract contract, LocalDate date) {
        RateTermsVersion version = (contract.covers(date) ? versions.asOf(contract.id, date) : java.util.Optional.<RateTermsVersion>empty())
                .orElseGet(() -> versions.latest(contract.id).orElseThrow());
        return new Basis(version, feeSchedules.lines(version.id));
    }

    /** What an accepted proposal could not become is refused when it is proposed, not when it is accepted. */
    private void check(Contract contract, Basis basis, ProposedTerms terms) {
        rateUpserts(basis, terms);
        for (int i = 0; i < terms.rateChanges().size(); i++) {
            if (terms.rateChanges().get(i).kind() == RateChange.Kind.PERCENT_OF_MEDICARE
                    && basis.version().referenceScheduleId == null) {
                throw unprocessable("the contract's terms name no reference fee schedule to take a percentage of",
                        "rateChanges[" + i + "].kind", "PERCENT_OF_MEDICARE needs the contract's reference fee schedule");
            }
        }
        LocalDate date = terms.effectiveDate();
        LocalDate newExpiration = terms.newExpirationDate();
        if (contract.status == ContractStatus.ACTIVE) {
            if (newExpiration != null && !newExpiration.isAfter(contract.expirationDate)) {
                throw unprocessable("a renewal must extend the contract", "newExpirationDate",
                        "must be after the current expiration date " + contract.expirationDate);
            }
            LocalDate until = newExpiration != null ? newExpiration : contract.expirationDate;
            RateTermsVersion latest = versions.latest(contract.id).orElseThrow();
            if (!date.isAfter(latest.effectiveFrom) || date.isAfter(until) && !contract.covers(date)) {
                throw unprocessable("an accepted proposal becomes an amendment, which takes effect after the latest terms",
                        "effectiveDate", "must be after " + latest.effectiveFrom + " and not after " + until);
            }
        } else if (newExpiration != null && newExpiration.isBefore(contract.effectiveDate)) {
            throw unprocessable("the contract would end before it starts", "newExpirationDate",
                    "must not be before the contract's effective date " + contract.effectiveDate);
        }
    }

    private static ApiException unprocessable(String detail, String field, String message) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail, List.of(new ProblemDetail.FieldError(field, message)));
    }

    private static List<FeeScheduleLine> rateUpserts(Basis basis, ProposedTerms terms) {
        try {
            return ProposedRates.upserts(basis.lines(), terms.rateChanges());
        } catch (ProposedRates.InvalidRateChange e) {
            throw ApiException.invalidField(e.field(), e.getMessage());
        }
    }

    ProposalComparison.Result compare(Contract contract, Basis basis, ProposedTerms terms, Map<String, BigDecimal> floorByCode) {
        LocalDate date = terms.effectiveDate();
        List<FeeScheduleLine> upserts = rateUpserts(basis, terms);
        RateRules rules = basis.version().rules;
        ContractPeriod period = new ContractPeriod(date, null);
        ContractTerms current = rules.toPricing(basis.lines(), period);
        ContractTerms proposed = ProposedRates.apply(current, terms.rateChanges(), terms.escalator(),
                terms.terms() == null ? null : terms.terms().lesserOfPercent());
        UUID referenceId = basis.version().referenceScheduleId;
        ReferenceFeeSchedule reference = referenceId == null ? NO_REFERENCE : referenceSchedules.pricingView(referenceId);
        List<ProposalComparison.ComparedCode> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CatalogCode code : catalog.list("order by code")) {
            codes.add(new ProposalComparison.ComparedCode(code.code, code.expectedAnnualVolume));
            seen.add(code.code);
        }
        for (FeeScheduleLine line : upserts) {
            if (seen.add(line.code())) {
                codes.add(new ProposalComparison.ComparedCode(line.code(), 0));
            }
        }
        BillingClass billingClass = contract.provider == null ? null : contract.provider.billingClass;
        return new ProposalComparison().compare(date, codes, current, proposed, reference, billingClass, floorByCode);
    }

    /** Puts the proposal in force; returns the amendment made, or null when a new contract's terms were replaced. */
    private UUID accept(Contract contract, Negotiation negotiation, NegotiationProposal proposal) {
        ProposedTerms terms = proposal.terms;
        if (!NEGOTIABLE.contains(contract.status)) {
            throw ApiException.conflict("contract " + contract.id + " is " + contract.status + " now; nothing can be accepted for it");
        }
        // Administrative terms first: the contract-changed event written below carries them.
        ProposedTerms.TermChanges changes = terms.terms();
        if (changes != null && (changes.paymentDays() != null || changes.timelyFilingDays() != null)) {
            PaymentTerms was = contract.paymentTerms;
            contract.paymentTerms = new PaymentTerms(
                    changes.paymentDays() != null ? changes.paymentDays() : was == null ? null : was.cleanClaimPaymentDays,
                    was == null ? null : was.lateInterestRatePercent,
                    changes.timelyFilingDays() != null ? changes.timelyFilingDays() : was == null ? null : was.timelyFilingDays,
                    was == null ? null : was.appealWindowDays);
        }
        if (terms.autoRenew() != null) {
            contract.autoRenew = terms.autoRenew();
        }
        String name = negotiation.name + ", round " + proposal.round;
        if (contract.status == ContractStatus.ACTIVE) {
            Basis latest = new Basis(versions.latest(contract.id).orElseThrow(), null);
            List<FeeScheduleLine> upserts = rateUpserts(new Basis(latest.version(), feeSchedules.lines(latest.version().id)), terms);
            RateTermsVersion amendment = amendments.amend(contract.id, new AmendmentDraft(name.length() > 200 ? name.substring(0, 200) : name,
                    proposal.note, terms.effectiveDate(), null, null, upserts, null, null, null, null, null, null,
                    changes == null ? null : changes.lesserOfPercent(), terms.escalator(), null, terms.newExpirationDate()));
            return amendment.id;
        }
        RateTermsVersion base = versions.base(contract.id);
        List<FeeScheduleLine> lines = feeSchedules.lines(base.id);
        AmendmentDraft draft = new AmendmentDraft(name, proposal.note, terms.effectiveDate(), null, null,
                rateUpserts(new Basis(base, lines), terms), null, null, null, null, null, null,
                changes == null ? null : changes.lesserOfPercent(), terms.escalator(), null, terms.newExpirationDate());
        feeSchedules.replace(base.id, AmendmentService.amendedLines(lines, draft));
        base.rules = AmendmentService.amendedRules(base.rules, draft);
        if (terms.newExpirationDate() != null) {
            contract.expirationDate = terms.newExpirationDate();
        }
        Instant now = Instant.now(clock);
        contractEvents.changed(contract, ContractChanged.ChangeKind.UPDATED, now);
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("negotiationId", negotiation.id);
        accepted.put("proposalId", proposal.id);
        accepted.put("terms", terms);
        audit.changed(ContractService.AUDITED, contract.id, "negotiated", null, accepted);
        return null;
    }
}
