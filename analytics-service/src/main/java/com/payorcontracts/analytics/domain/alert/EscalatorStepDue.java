package com.payorcontracts.analytics.domain.alert;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An escalator's next increase: anniversaries fall on {@code firstAnniversary} plus whole years, at
 * most {@code years} of them (as {@code pricing}'s {@code Escalator} counts them), and only while the
 * rate version holding the escalator is in force and the contract runs. The next step on or after
 * today is due on its date, shown until that day; the alert carries the cumulative factor, to 4 places.
 */
public final class EscalatorStepDue {

    private EscalatorStepDue() {
    }

    public static List<Alert> of(ContractFacts contract, LocalDate today) {
        if (!contract.active()) {
            return List.of();
        }
        LocalDate contractEnd = contract.autoRenew() ? null : contract.expiration();
        List<Alert> alerts = new ArrayList<>();
        for (ContractFacts.EscalatorSpan span : contract.escalators()) {
            for (int step = 1; step <= span.years(); step++) {
                LocalDate date = span.firstAnniversary().plusYears(step - 1);
                boolean inForce = !date.isBefore(span.from()) && (span.to() == null || !date.isAfter(span.to()))
                        && (contractEnd == null || !date.isAfter(contractEnd));
                if (inForce && !date.isBefore(today)) {
                    BigDecimal factor = BigDecimal.ONE.add(span.annualPercent().movePointLeft(2))
                            .pow(step, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_UP);
                    alerts.add(new Alert(AlertKind.ESCALATOR_STEP_DUE, contract.subject(), date, null, date,
                            "step=" + step + ";annualPercent=" + span.annualPercent().stripTrailingZeros().toPlainString()
                                    + ";factor=" + factor.toPlainString(), null));
                    break;
                }
            }
        }
        return alerts;
    }
}
