package com.payorcontracts.contract.service;

import com.payorcontracts.contract.domain.ClaimParties;
import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.repository.ContractRepository;
import com.payorcontracts.contract.repository.PayorProjectionRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.pricing.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quotes a claim addressed as a billing system knows it (payor or EDI payer id, provider TIN/NPI,
 * billing class, line of business, date of service): finds the one contract in force for it, then
 * prices it the way a quote by contract id does ({@link TermsService#quote}).
 */
@ApplicationScoped
public class ClaimQuoteService {

    private final ContractRepository contracts;
    private final PayorProjectionRepository payors;
    private final TermsService terms;

    ClaimQuoteService(ContractRepository contracts, PayorProjectionRepository payors, TermsService terms) {
        this.contracts = contracts;
        this.payors = payors;
        this.terms = terms;
    }

    /** The claim priced under the contract that applies: 404 when none does, 409 naming them when several do. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Located quote(ClaimToQuote claim) {
        return quote(claim, new HashMap<>(), new HashMap<>());
    }

    /** Each claim priced on its own: a claim that cannot be is an outcome with its problem, the others go on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> quoteAll(List<ClaimToQuote> claims) {
        // A batch names few payors and EDI ids many times: each is looked up once.
        Map<String, List<UUID>> payorsByEdiId = new HashMap<>();
        Map<UUID, List<Contract>> contractsByPayor = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(claims.size());
        for (ClaimToQuote claim : claims) {
            try {
                outcomes.add(new Outcome(quote(claim, payorsByEdiId, contractsByPayor), null));
            } catch (ApiException e) {
                outcomes.add(new Outcome(null, e));
            }
        }
        return outcomes;
    }

    private Located quote(ClaimToQuote claim, Map<String, List<UUID>> payorsByEdiId,
                          Map<UUID, List<Contract>> contractsByPayor) {
        List<Contract> candidates = new ArrayList<>();
        for (UUID payorId : payorsOf(claim, payorsByEdiId)) {
            for (Contract contract : contractsByPayor.computeIfAbsent(payorId, contracts::pricingClaims)) {
                if (claim.parties().appliesTo(contract)) {
                    candidates.add(contract);
                }
            }
        }
        if (candidates.isEmpty()) {
            throw ApiException.notFound("a contract in force for", describe(claim));
        }
        if (candidates.size() > 1) {
            List<Candidate> named = candidates.stream().map(c -> new Candidate(c.id, c.name)).toList();
            throw ApiException.conflict(candidates.size() + " contracts apply to " + describe(claim)
                    + "; quote by contract id, or narrow the claim (NPI, line of business)", Map.of("candidates", named));
        }
        Contract contract = candidates.get(0);
        return new Located(contract, terms.quote(contract.id, claim.claim()));
    }

    private List<UUID> payorsOf(ClaimToQuote claim, Map<String, List<UUID>> payorsByEdiId) {
        if (claim.ediPayerId() == null) {
            return List.of(claim.payorId());
        }
        List<UUID> known = payorsByEdiId.computeIfAbsent(claim.ediPayerId(), payors::payorsByEdiPayerId);
        if (known.isEmpty()) {
            throw ApiException.notFound("a payor with EDI payer id", claim.ediPayerId() + "; none is known");
        }
        if (claim.payorId() != null) {
            if (!known.contains(claim.payorId())) {
                throw ApiException.unprocessable("EDI payer id " + claim.ediPayerId() + " is not one of payor "
                        + claim.payorId() + "'s");
            }
            return List.of(claim.payorId());
        }
        return known;
    }

    private static String describe(ClaimToQuote claim) {
        ClaimParties parties = claim.parties();
        StringBuilder text = new StringBuilder();
        text.append(claim.payorId() != null ? "payor " + claim.payorId() : "EDI payer id " + claim.ediPayerId());
        if (parties.tin() != null) {
            text.append(", TIN ").append(parties.tin());
        }
        if (parties.npi() != null) {
            text.append(", NPI ").append(parties.npi());
        }
        if (parties.billingClass() != null) {
            text.append(", ").append(parties.billingClass());
        }
        if (parties.lineOfBusiness() != null) {
            text.append(", ").append(parties.lineOfBusiness());
        }
        return text.append(" on ").append(parties.dateOfService()).toString();
    }

    /** A claim to quote: its payor (by id or EDI payer id, or both when they must agree), parties and lines. */
    public record ClaimToQuote(UUID payorId, String ediPayerId, ClaimParties parties, Claim claim) {
    }

    /** The contract that applied and the quote under its terms in force. */
    public record Located(Contract contract, TermsService.Quote quote) {
    }

    /** A contract that applies to a claim several apply to (the {@code candidates} of the 409). */
    public record Candidate(UUID contractId, String name) {
    }

    /** One claim of a batch: its quote, or the problem that kept it from one. */
    public record Outcome(Located located, ApiException problem) {
    }
}
