package com.payorcontracts.analytics.domain.alert;

import java.util.Optional;

/**
 * An open underpayment (DETECTED or IN_REVIEW) must be appealed within the contract's appeal window
 * ({@code paymentTerms.appealWindowDays}) counted from the payment date: due on the last day, shown
 * until that day. A contract that states no window gets {@value #DEFAULT_APPEAL_WINDOW_DAYS} days, a
 * common commercial default; the alert's facts say which was used.
 */
public final class AppealDeadline {

    /** Appeal window assumed when the contract states none. */
    public static final int DEFAULT_APPEAL_WINDOW_DAYS = 90;

    private AppealDeadline() {
    }

    /** {@code appealWindowDays}: the contract's, or null when it states none (or no contract is known). */
    public static Optional<Alert> of(UnderpaymentFacts underpayment, Integer appealWindowDays) {
        if (!underpayment.open() || underpayment.paymentDate() == null) {
            return Optional.empty();
        }
        int window = appealWindowDays != null ? appealWindowDays : DEFAULT_APPEAL_WINDOW_DAYS;
        var due = com.payorcontracts.analytics.domain.AppealDeadline.appealBy(underpayment.paymentDate(), window);
        return Optional.of(new Alert(AlertKind.APPEAL_DEADLINE, underpayment.subject(), due, null, due,
                "paid=" + underpayment.paymentDate() + ";window=" + window + (appealWindowDays == null ? "(default)" : "")
                        + ";short=" + underpayment.shortfall(), underpayment.shortfall()));
    }
}
