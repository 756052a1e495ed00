package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the balancing rules of the 835 TR3 (005010X221A1 section 1.10.2.1) on a read remittance.
 *
 * <p>Amounts are compared exactly ({@code 10} equals {@code 10.00}); no tolerance, because a remittance
 * that is off by a cent was either produced wrong or read wrong, and both need a person to look.
 * Reversals (CLP02 = 22) need no special case: the payer negates charge, payment and adjustments alike.
 */
public final class BalanceCheck {

    private BalanceCheck() {
    }

    /** Every violated rule, lines before their claim, the transaction last; empty when the remittance balances. */
    public static List<BalanceViolation> check(RemittanceAdvice advice) {
        var violations = new ArrayList<BalanceViolation>();
        for (ClaimPayment claim : advice.claims()) {
            for (ServiceLine line : claim.lines()) {
                unless(violations, BalanceViolation.Rule.SERVICE_LINE, line.position(), "SVC",
                        "line charge", line.charge(), "adjustments", line.totalAdjustments(), "paid", line.paid());
            }
            unless(violations, BalanceViolation.Rule.CLAIM, claim.position(), "CLP",
                    "claim charge", claim.charge(), "claim and line adjustments", claim.totalAdjustments(),
                    "claim paid", claim.paid());
            if (!claim.lines().isEmpty()) {
                BigDecimal linesPaid = claim.lines().stream().map(ServiceLine::paid)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                unless(violations, BalanceViolation.Rule.CLAIM_LINES, claim.position(), "CLP",
                        "line payments", linesPaid, "claim-level adjustments", claim.claimLevelAdjustments(),
                        "claim paid", claim.paid());
            }
        }
        unless(violations, BalanceViolation.Rule.TRANSACTION, advice.payment().position(), "BPR",
                "claim payments", advice.totalClaimPayments(),
                "provider adjustments", advice.totalProviderAdjustments(),
                "total payment", advice.payment().totalActualPayment());
        return List.copyOf(violations);
    }

    /** Adds a violation unless {@code start − deducted = expected}. */
    private static void unless(List<BalanceViolation> violations, BalanceViolation.Rule rule, int position,
            String segmentId, String startName, BigDecimal start, String deductedName, BigDecimal deducted,
            String expectedName, BigDecimal expected) {
        BigDecimal actual = start.subtract(deducted);
        if (actual.compareTo(expected) != 0) {
            violations.add(new BalanceViolation(rule, position, segmentId,
                    startName + " " + start.toPlainString() + " − " + deductedName + " " + deducted.toPlainString()
                            + " ≠ " + expectedName + " " + expected.toPlainString()
                            + " (off by " + actual.subtract(expected).toPlainString() + ")"));
        }
    }
}
