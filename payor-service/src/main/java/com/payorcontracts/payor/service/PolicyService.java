package com.payorcontracts.payor.service;

import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.payor.domain.Bulletin;
import com.payorcontracts.payor.domain.BulletinImpact;
import com.payorcontracts.payor.domain.UmPolicy;
import com.payorcontracts.payor.repository.PayorItems;
import com.payorcontracts.payor.repository.PolicyRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Utilization-management policies and bulletins, and the questions asked of them. */
@ApplicationScoped
public class PolicyService {

    /** A code and optional modifier asked about, e.g. 64483 or 64483-50. */
    public record CodeQuery(String code, String modifier) {
    }

    /** The answer for one code: the policy in force, or none (prior authorization then unknown, not "no"). */
    public record PriorAuthAnswer(CodeQuery query, Optional<UmPolicy> policy) {
    }

    /** The answers for every asked code on one date. */
    public record PriorAuthAnswers(LocalDate date, List<PriorAuthAnswer> answers) {
    }

    /** A bulletin with the name of its payor, for lists across payors. */
    public record PayorBulletin(Bulletin bulletin, String payorName) {
    }

    private final ItemKind<UmPolicy> umPolicies;
    private final ItemKind<Bulletin> bulletins;
    private final PayorItems items;
    private final PolicyRepository policies;
    private final PayorService payors;
    private final Clock clock;

    PolicyService(PayorItems items, PolicyRepository policies, PayorService payors, Clock clock) {
        this.items = items;
        this.policies = policies;
        this.payors = payors;
        this.clock = clock;
        this.umPolicies = new ItemKind<>(UmPolicy.class, "UM policy", "i.code, i.modifier nulls first, i.effectiveDate",
                PayorChanged.ChangeKind.UM_POLICY_CHANGED, this::checkPolicy);
        this.bulletins = new ItemKind<>(Bulletin.class, "bulletin", "i.effectiveDate desc",
                PayorChanged.ChangeKind.BULLETIN_CHANGED, bulletin -> { });
    }

    public ItemKind<UmPolicy> umPolicies() {
        return umPolicies;
    }

    public ItemKind<Bulletin> bulletins() {
        return bulletins;
    }

    /** For each code, whether the payor requires prior authorization on {@code date} (today if null), in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PriorAuthAnswers priorAuthorization(UUID payorId, List<CodeQuery> codes, LocalDate date) {
        payors.get(payorId);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        List<UmPolicy> inForce = policies.inForce(payorId, codes.stream().map(CodeQuery::code).distinct().toList(), on);
        return new PriorAuthAnswers(on, codes.stream().map(query -> new PriorAuthAnswer(query, bestMatch(inForce, query))).toList());
    }

    /** Bulletins of every payor that take effect from today through today + {@code days}, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PayorBulletin> upcoming(int days, BulletinImpact impact, String code, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        List<PayorBulletin> found = policies.upcoming(today, until, impact, code, page).stream()
                .map(row -> new PayorBulletin((Bulletin) row[0], (String) row[1])).toList();
        return PageResponse.of(found, page, policies.countUpcoming(today, until, impact, code), b -> b);
    }

    // A rule for the exact modifier wins; otherwise the code's rule without modifier applies.
    private static Optional<UmPolicy> bestMatch(List<UmPolicy> inForce, CodeQuery query) {
        return inForce.stream()
                .filter(p -> p.code.equals(query.code()))
                .filter(p -> p.modifier == null || p.modifier.equals(query.modifier()))
                .max(Comparator.comparing(p -> p.modifier != null));
    }

    private void checkPolicy(UmPolicy policy) {
        if (policy.sourceBulletinId != null && items.find(Bulletin.class, policy.payorId, policy.sourceBulletinId, false).isEmpty()) {
            throw ApiException.invalidField("sourceBulletinId", "is not a bulletin of this payor");
        }
        Map<String, Object> same = new HashMap<>();
        same.put("code", policy.code);
        String modifier = policy.modifier == null ? "i.modifier is null" : "i.modifier = :modifier";
        if (policy.modifier != null) {
            same.put("modifier", policy.modifier);
        }
        // Two rules in force on one day would give two answers to "is prior authorization required?".
        items.others(policy, "i.code = :code and " + modifier, same).stream()
                .filter(other -> other.overlaps(policy.effectiveDate, policy.endDate))
                .findFirst().ifPresent(other -> {
                    throw ApiException.conflict("UM policy " + other.id + " already covers " + policy.code
                            + (policy.modifier == null ? "" : "-" + policy.modifier) + " from " + other.effectiveDate
                            + (other.endDate == null ? " on" : " to " + other.endDate) + "; end it first or change its dates");
                });
    }
}
