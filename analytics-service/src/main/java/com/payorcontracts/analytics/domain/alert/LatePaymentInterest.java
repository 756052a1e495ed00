package com.payorcontracts.analytics.domain.alert;

import com.payorcontracts.analytics.domain.PaymentTiming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A claim paid later than the contract's clean-claim days: the interest it owes
 * ({@link PaymentTiming#interest}, the days-to-pay report's formula, at the contract's late-interest rate; none when the contract states no rate)
 * can be claimed until the appeal window closes. Shown from the payment date (when the lateness is
 * known) to that last day, which is the due date; the window is the contract's, else
 * {@link AppealDeadline#DEFAULT_APPEAL_WINDOW_DAYS}.
 */
public final class LatePaymentInterest {

    private LatePaymentInterest() {
    }

    public static Optional<Alert> of(PaymentFacts payment, ContractFacts contract) {
        if (contract == null || contract.cleanClaimDays() == null || payment.paymentDate() == null
                || payment.receivedDate() == null || payment.paid() == null) {
            return Optional.empty();
        }
        int lateDays = (int) ChronoUnit.DAYS.between(payment.receivedDate(), payment.paymentDate()) - contract.cleanClaimDays();
        if (lateDays <= 0) {
            return Optional.empty();
        }
        BigDecimal interest = contract.lateInterestPercent() == null ? null
                : PaymentTiming.interest(payment.paid(), contract.lateInterestPercent(), lateDays);
        int window = contract.appealWindowDays() != null ? contract.appealWindowDays() : AppealDeadline.DEFAULT_APPEAL_WINDOW_DAYS;
        LocalDate due = payment.paymentDate().plusDays(window);
        Subject subject = new Subject("claim", payment.claimId().toString(), payment.claimRef(), payment.payorId(),
                payment.contractId());
        return Optional.of(new Alert(AlertKind.LATE_PAYMENT_INTEREST, subject, due, payment.paymentDate(), due,
                "received=" + payment.receivedDate() + ";paid=" + payment.paymentDate() + ";amount=" + payment.paid()
                        + ";lateDays=" + lateDays + ";interest=" + interest, interest));
    }
}
