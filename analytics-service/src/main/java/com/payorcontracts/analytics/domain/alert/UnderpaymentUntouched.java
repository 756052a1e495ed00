package com.payorcontracts.analytics.domain.alert;

import java.util.Optional;

/**
 * An open underpayment (DETECTED or IN_REVIEW) nobody changed for {@value #UNTOUCHED_DAYS} days: due,
 * and shown, from that day on, whatever the look-ahead, until someone works it (which changes its facts).
 */
public final class UnderpaymentUntouched {

    public static final int UNTOUCHED_DAYS = 30;

    private UnderpaymentUntouched() {
    }

    public static Optional<Alert> of(UnderpaymentFacts underpayment) {
        if (!underpayment.open() || underpayment.lastTouchedOn() == null) {
            return Optional.empty();
        }
        var due = underpayment.lastTouchedOn().plusDays(UNTOUCHED_DAYS);
        return Optional.of(new Alert(AlertKind.UNDERPAYMENT_UNTOUCHED, underpayment.subject(), due, due, null,
                "status=" + underpayment.status() + ";touched=" + underpayment.lastTouchedOn(), underpayment.shortfall()));
    }
}
