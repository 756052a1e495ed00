package com.payorcontracts.analytics.domain.alert;

import com.payorcontracts.pricing.RenewalTerms;

import java.time.LocalDate;
import java.util.List;

/** The last day to give notice of termination without cause: that many days before the end of the term. */
public final class TerminationNoticeDeadline {

    private TerminationNoticeDeadline() {
    }

    public static List<Alert> of(ContractFacts contract, LocalDate today) {
        return NoticeDeadlines.of(contract, today, AlertKind.TERMINATION_NOTICE_DEADLINE,
                contract.terminationNoticeDays(), RenewalTerms.Term::terminationNoticeDate);
    }
}
