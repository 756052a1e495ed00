package com.payorcontracts.analytics.domain.alert;

import com.payorcontracts.pricing.RenewalTerms;

import java.time.LocalDate;
import java.util.List;

/** The last day to negotiate renewal: the contract's renewal-notice days before the end of the term. */
public final class RenewalNoticeDeadline {

    private RenewalNoticeDeadline() {
    }

    public static List<Alert> of(ContractFacts contract, LocalDate today) {
        return NoticeDeadlines.of(contract, today, AlertKind.RENEWAL_NOTICE_DEADLINE, contract.renewalNoticeDays(),
                RenewalTerms.Term::renewalNoticeDate);
    }
}
