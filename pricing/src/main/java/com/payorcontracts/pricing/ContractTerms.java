package com.payorcontracts.pricing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's reimbursement terms for one period: its fee schedule and the rules around it.
 * Compile it once with {@link CompiledTerms#compile} to price claims.
 *
 * <p>Amounts are computed unrounded and each line is rounded to the cent, HALF_UP, once at the
 * end (see the package documentation).
 *
 * @param feeSchedule the listed codes; at most one row per code, modifier, place of service and billing class
 * @param defaultRule how codes the fee schedule does not list are priced
 * @param multipleProcedureReduction null when the contract does not reduce multiple procedures
 * @param modifierRules null when pricing modifiers do not adjust rates
 * @param stopLoss null when the contract has no stop-loss
 * @param lesserOf whether each line pays the lower of its computed amount and its billed charge,
 *     applied after every other adjustment of the line
 * @param escalator null when rates do not escalate
 * @param period the dates of service these terms price
 */
public record ContractTerms(
        List<FeeScheduleLine> feeSchedule,
        DefaultRule defaultRule,
        MultipleProcedureReduction multipleProcedureReduction,
        ModifierRules modifierRules,
        StopLoss stopLoss,
        boolean lesserOf,
        Escalator escalator,
        ContractPeriod period) {

    public ContractTerms {
        feeSchedule = List.copyOf(Require.nonNull(feeSchedule, "ContractTerms.feeSchedule"));
        Require.nonNull(defaultRule, "ContractTerms.defaultRule");
        Require.nonNull(period, "ContractTerms.period");
        Map<String, FeeScheduleLine> byKey = new HashMap<>();
        for (FeeScheduleLine line : feeSchedule) {
            FeeScheduleLine earlier = byKey.putIfAbsent(line.key(), line);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "ContractTerms.feeSchedule has two rows for " + line.key() + "; which one pays is ambiguous");
            }
        }
    }

    /** Terms with only a fee schedule and a default rule; add the rest with the {@code with...} methods. */
    public static ContractTerms of(ContractPeriod period, DefaultRule defaultRule, List<FeeScheduleLine> feeSchedule) {
        return new ContractTerms(feeSchedule, defaultRule, null, null, null, false, null, period);
    }

    /** Whether the terms price a claim with this date of service. */
    public boolean covers(LocalDate dateOfService) {
        return period.contains(dateOfService);
    }

    public ContractTerms withMultipleProcedureReduction(MultipleProcedureReduction reduction) {
        return new ContractTerms(feeSchedule, defaultRule, reduction, modifierRules, stopLoss, lesserOf, escalator, period);
    }

    public ContractTerms withModifierRules(ModifierRules rules) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, rules, stopLoss, lesserOf,
                escalator, period);
    }

    public ContractTerms withStopLoss(StopLoss newStopLoss) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, newStopLoss,
                lesserOf, escalator, period);
    }

    public ContractTerms withLesserOf(boolean newLesserOf) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss,
                newLesserOf, escalator, period);
    }

    public ContractTerms withEscalator(Escalator newEscalator) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss,
                lesserOf, newEscalator, period);
    }
}
