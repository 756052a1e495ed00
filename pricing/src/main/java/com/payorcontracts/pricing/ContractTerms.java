package com.payorcontracts.pricing;

import java.math.BigDecimal;
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
 * @param lesserOf whether each line pays the lower of its computed amount and a percentage of its
 *     billed charge, applied after every other adjustment of the line
 * @param escalator null when rates do not escalate
 * @param period the dates of service these terms price
 * @param lesserOfPercent the percentage of billed charges lesser-of compares with (80 means 80%);
 *     100 when lesser-of is on and none is given; null when lesser-of is off. A fee-schedule row's
 *     own {@link FeeScheduleLine#lesserOfPercent} overrides it for that row.
 */
public record ContractTerms(
        List<FeeScheduleLine> feeSchedule,
        DefaultRule defaultRule,
        MultipleProcedureReduction multipleProcedureReduction,
        ModifierRules modifierRules,
        StopLoss stopLoss,
        boolean lesserOf,
        Escalator escalator,
        ContractPeriod period,
        BigDecimal lesserOfPercent) {

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
        if (lesserOf) {
            lesserOfPercent = lesserOfPercent == null ? Require.ONE_HUNDRED
                    : Require.positivePercent(lesserOfPercent, "ContractTerms.lesserOfPercent", Require.ONE_THOUSAND);
        } else if (lesserOfPercent != null) {
            throw new IllegalArgumentException("ContractTerms.lesserOfPercent is only for terms with lesser-of: "
                    + lesserOfPercent.toPlainString());
        }
    }

    /** Terms whose lesser-of, if on, compares with 100% of billed charges. */
    public ContractTerms(List<FeeScheduleLine> feeSchedule, DefaultRule defaultRule,
            MultipleProcedureReduction multipleProcedureReduction, ModifierRules modifierRules, StopLoss stopLoss,
            boolean lesserOf, Escalator escalator, ContractPeriod period) {
        this(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss, lesserOf, escalator, period,
                null);
    }

    /** Terms with only a fee schedule and a default rule; add the rest with the {@code with...} methods. */
    public static ContractTerms of(ContractPeriod period, DefaultRule defaultRule, List<FeeScheduleLine> feeSchedule) {
        return new ContractTerms(feeSchedule, defaultRule, null, null, null, false, null, period);
    }

    /** Whether the terms price a claim with this date of service. */
    public boolean covers(LocalDate dateOfService) {
        return period.contains(dateOfService);
    }

    /** The same terms pricing another period (an evergreen contract's renewal period, say). */
    public ContractTerms withPeriod(ContractPeriod newPeriod) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss,
                lesserOf, escalator, newPeriod, lesserOfPercent);
    }

    public ContractTerms withMultipleProcedureReduction(MultipleProcedureReduction reduction) {
        return new ContractTerms(feeSchedule, defaultRule, reduction, modifierRules, stopLoss, lesserOf, escalator, period,
                lesserOfPercent);
    }

    public ContractTerms withModifierRules(ModifierRules rules) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, rules, stopLoss, lesserOf,
                escalator, period, lesserOfPercent);
    }

    public ContractTerms withStopLoss(StopLoss newStopLoss) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, newStopLoss,
                lesserOf, escalator, period, lesserOfPercent);
    }

    /** Lesser-of against 100% of billed charges, or off. */
    public ContractTerms withLesserOf(boolean newLesserOf) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss,
                newLesserOf, escalator, period, null);
    }

    /** Lesser-of against this percentage of billed charges (80 means 80%); null turns lesser-of off. */
    public ContractTerms withLesserOfPercent(BigDecimal percent) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss,
                percent != null, escalator, period, percent);
    }

    public ContractTerms withEscalator(Escalator newEscalator) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss,
                lesserOf, newEscalator, period, lesserOfPercent);
    }
}
