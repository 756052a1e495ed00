package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AlertsConfig;
import com.payorcontracts.analytics.domain.alert.Alert;
import com.payorcontracts.analytics.domain.alert.AlertKind;
import com.payorcontracts.analytics.domain.alert.AlertRules;
import com.payorcontracts.analytics.domain.alert.AlertStatus;
import com.payorcontracts.analytics.domain.alert.ContractFacts;
import com.payorcontracts.analytics.repository.AlertFactsRepository;
import com.payorcontracts.analytics.repository.AlertStateRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What needs attention: the alert rules ({@code domain/alert}) over the facts analytics holds,
 * evaluated on today's date (the platform clock, UTC), with each user's acknowledgements and snoozes.
 * A user sees an alert only if they may read its subject (the security matrix on its link): a viewer
 * sees contract and payor alerts, not claim-level ones.
 */
@ApplicationScoped
public class AlertService {

    /** The farthest look-ahead a list may ask for. */
    public static final int MAX_WITHIN_DAYS = 365;

    /** An alert as one user sees it on one day, with the labels of what it is about. */
    public record Item(Alert alert, String id, LocalDate today, String payorName, String contractName,
                       AlertStatus status, LocalDate snoozedUntil, long version) {
    }

    /** A user's status change: SNOOZED needs {@code snoozedUntil}, a date after today. */
    public record StatusChange(AlertStatus status, LocalDate snoozedUntil) {
    }

    /** What the list is narrowed to; null fields do not narrow it. */
    public record Filter(int withinDays, AlertKind kind, UUID payorId, UUID contractId, AlertStatus status) {
    }

    private final AlertFactsRepository facts;
    private final AlertStateRepository states;
    private final AlertsConfig config;
    private final Clock clock;

    AlertService(AlertFactsRepository facts, AlertStateRepository states, AlertsConfig config, Clock clock) {
        this.facts = facts;
        this.states = states;
        this.config = config;
        this.clock = clock;
    }

    /** Every alert shown on {@code today} looking {@code withinDays} ahead, whoever reads it (for the alert.due job). */
    public List<Alert> shown(LocalDate today, int withinDays) {
        return all(facts.load(today.minusDays(MAX_WITHIN_DAYS)), today).stream()
                .filter(a -> a.shownOn(today, withinDays)).toList();
    }

    private List<Alert> all(AlertFactsRepository.Facts loaded, LocalDate today) {
        return AlertRules.all(today, loaded.contracts(), loaded.bulletins(), loaded.interactions(), loaded.underpayments(),
                loaded.payments(), loaded.negotiations(), config.proposalAnswerDays(), loaded.endpoints());
    }

    /** The user's alerts shown today (those whose subject {@code mayRead} lets them read) within the look-ahead, soonest due first. */
    public PageResponse<Item> list(String user, Predicate<String> mayRead, Filter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        List<Item> items = items(user, mayRead, today, filter.withinDays()).stream()
                .filter(i -> filter.kind() == null || i.alert().kind() == filter.kind())
                .filter(i -> filter.payorId() == null || filter.payorId().equals(i.alert().subject().payorId()))
                .filter(i -> filter.contractId() == null || filter.contractId().equals(i.alert().subject().contractId()))
                .filter(i -> filter.status() == null || i.status() == filter.status())
                .toList();
        int from = (int) Math.min(items.size(), (long) page.offset());
        int to = (int) Math.min(items.size(), (long) from + page.size());
        return PageResponse.of(items.subList(from, to), page, items.size(), i -> i);
    }

    /** One alert shown today within the longest look-ahead, whatever the user's status of it; 404 otherwise. */
    public Item get(String user, Predicate<String> mayRead, String id) {
        LocalDate today = LocalDate.now(clock);
        return items(user, mayRead, today, MAX_WITHIN_DAYS).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("alert", id));
    }

    /**
     * Acknowledges, snoozes or reopens the alert for the user, if they read its current version
     * (412 otherwise); a move {@link AlertStatus#next()} does not allow is a 409 naming the allowed ones.
     */
    public Item change(String user, Predicate<String> mayRead, String id, EntityTags ifMatch, StatusChange change) {
        Item item = get(user, mayRead, id);
        ifMatch.check("alert " + id, item.version());
        if (change == null || change.status() == null) {
            throw ApiException.invalidField("status", "must be one of OPEN, ACKNOWLEDGED, SNOOZED");
        }
        LocalDate snoozedUntil = null;
        if (change.status() == AlertStatus.SNOOZED) {
            if (change.snoozedUntil() == null || !change.snoozedUntil().isAfter(item.today())) {
                throw ApiException.invalidField("snoozedUntil", "a snooze needs a date after today, " + item.today());
            }
            snoozedUntil = change.snoozedUntil();
        } else if (change.snoozedUntil() != null) {
            throw ApiException.invalidField("snoozedUntil", "only a snooze takes a date");
        }
        AlertStatus from = item.status();
        if (!from.next().contains(change.status())) {
            throw ApiException.illegalTransition("alert", from.name(), change.status().name(),
                    from.next().stream().map(Enum::name).toList());
        }
        if (!states.set(user, id, item.version(), change.status().name(), snoozedUntil, Instant.now(clock))) {
            Item now = get(user, mayRead, id);
            throw ApiException.preconditionFailed("alert " + id, EntityTags.of(now.version()));
        }
        return get(user, mayRead, id);
    }

    private List<Item> items(String user, Predicate<String> mayRead, LocalDate today, int withinDays) {
        AlertFactsRepository.Facts loaded = facts.load(today.minusDays(MAX_WITHIN_DAYS));
        List<Alert> shown = all(loaded, today).stream()
                .filter(a -> a.shownOn(today, withinDays) && mayRead.test(a.subject().link()))
                .toList();
        List<String> ids = shown.stream().map(Alert::id).toList();
        Map<String, AlertStateRepository.State> userStates = ids.isEmpty() ? Map.of() : states.of(user, ids);
        return java.util.stream.IntStream.range(0, shown.size()).mapToObj(n -> {
                    Alert alert = shown.get(n);
                    String id = ids.get(n);
                    AlertStateRepository.State state = userStates.get(id);
                    UUID contractId = alert.subject().contractId();
                    ContractFacts contract = contractId == null ? null : loaded.contracts().get(contractId);
                    AlertStatus status = state == null ? AlertStatus.OPEN
                            : AlertStatus.onDay(state.status(), state.snoozedUntil(), today);
                    return new Item(alert, id, today, loaded.payorNames().get(alert.subject().payorId()),
                            contract == null ? null : contract.name(), status,
                            status == AlertStatus.SNOOZED ? state.snoozedUntil() : null, state == null ? 0 : state.version());
                })
                .sorted(Comparator.comparing((Item i) -> i.alert().dueDate()).thenComparing(i -> i.alert().kind())
                        .thenComparing(Item::id))
                .toList();
    }
}
