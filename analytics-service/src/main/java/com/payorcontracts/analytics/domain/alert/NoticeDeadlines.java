package com.payorcontracts.analytics.domain.alert;

import com.payorcontracts.pricing.RenewalTerms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The notice dates of the term holding today and, for an evergreen contract, of the next renewal
 * period (its deadline may come within the window once this term's has passed), from {@code pricing}'s
 * {@link RenewalTerms}. Each is due on its notice date and shown until that day.
 */
final class NoticeDeadlines {

    private NoticeDeadlines() {
    }

    static List<Alert> of(ContractFacts contract, LocalDate today, AlertKind kind, Integer noticeDays,
                          Function<RenewalTerms.Term, LocalDate> noticeDate) {
        RenewalTerms terms = contract.renewalTerms();
        if (!contract.active() || terms == null || noticeDays == null) {
            return List.of();
        }
        RenewalTerms.Term term = terms.termOn(today.isBefore(contract.effective()) ? contract.effective() : today);
        List<Alert> alerts = new ArrayList<>();
        while (term != null && alerts.size() < 2) {
            LocalDate due = noticeDate.apply(term);
            alerts.add(new Alert(kind, contract.subject(), due, null, due,
                    "termEnds=" + term.end() + ";noticeDays=" + noticeDays, null));
            term = contract.autoRenew() ? terms.termOn(term.end().plusDays(1)) : null;
        }
        return alerts;
    }
}
