package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contract's terms indexed for pricing many claims: fee-schedule rows grouped by code, most
 * specific first, with percentages, escalator factors and reduction fractions precomputed.
 * Build it once per contract with {@link #compile} and share it; it is immutable and
 * thread-safe.
 */
public final class CompiledTerms {

    private static final Comparator<CompiledLine> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt((CompiledLine line) -> line.specificity).reversed();

    private final ContractTerms terms;
    private final Map<String, CompiledLine[]> linesByCode;
    private final CompiledLine defaultRule;
    /** Percentage by modifier, bilateral included; empty when the contract has no modifier rules. */
    private final Map<String, BigDecimal> modifierPercents;
    /** Modifiers never passed to the reference schedule. */
    private final Set<String> pricingModifiers;
    private final BigDecimal[] reductionPercents;
    private final BigDecimal[] reductionFractions;
    /** Escalator factor by number of anniversaries passed, 0 to {@code years}. */
    private final BigDecimal[] escalatorFactors;

    private CompiledTerms(ContractTerms terms) {
        this.terms = terms;
        this.linesByCode = indexByCode(terms);
        this.defaultRule = CompiledLine.ofDefault(terms.defaultRule(), terms.escalator());
        this.modifierPercents = modifierPercents(terms.modifierRules());
        Set<String> pricing = new HashSet<>(ModifierRules.PRICING_MODIFIERS);
        pricing.addAll(modifierPercents.keySet());
        this.pricingModifiers = Set.copyOf(pricing);
        MultipleProcedureReduction reduction = terms.multipleProcedureReduction();
        List<BigDecimal> percents = reduction == null ? List.of() : reduction.percentagesByRank();
        this.reductionPercents = percents.toArray(new BigDecimal[0]);
        this.reductionFractions = new BigDecimal[reductionPercents.length];
        for (int i = 0; i < reductionPercents.length; i++) {
            reductionFractions[i] = reductionPercents[i].movePointLeft(2);
        }
        Escalator escalator = terms.escalator();
        this.escalatorFactors = new BigDecimal[escalator == null ? 1 : escalator.years() + 1];
        for (int n = 0; n < escalatorFactors.length; n++) {
            escalatorFactors[n] = n == 0 ? BigDecimal.ONE : escalator.factorAfter(n);
        }
    }

    public static CompiledTerms compile(ContractTerms terms) {
        return new CompiledTerms(Require.nonNull(terms, "terms"));
    }

    public ContractTerms terms() {
        return terms;
    }

    /** Whether these terms price a claim with this date of service. */
    public boolean covers(LocalDate dateOfService) {
        return terms.period().contains(dateOfService);
    }

    /**
     * The most specific fee-schedule row for a claim line: code + modifier + setting, then code
     * + modifier, then code + setting, then the code alone, where a setting is a place of
     * service (preferred) or a billing class. Among rows for different modifiers the line
     * carries, the modifier billed first wins. Null when the code is not listed.
     */
    CompiledLine match(ClaimLine line, BillingClass claimBillingClass) {
        CompiledLine[] candidates = linesByCode.get(line.code());
        if (candidates == null) {
            return null;
        }
        CompiledLine best = null;
        int bestModifierPosition = Integer.MAX_VALUE;
        for (CompiledLine candidate : candidates) {
            if (best != null && candidate.specificity < best.specificity) {
                break;
            }
            if (!candidate.matches(line, claimBillingClass)) {
                continue;
            }
            int modifierPosition = 0;
            if (candidate.modifier != null) {
                modifierPosition = line.modifiers().indexOf(candidate.modifier);
                if (modifierPosition < 0) {
                    continue;
                }
            }
            if (modifierPosition < bestModifierPosition) {
                best = candidate;
                bestModifierPosition = modifierPosition;
            }
        }
        return best;
    }

    CompiledLine defaultRule() {
        return defaultRule;
    }

    boolean hasModifierRules() {
        return !modifierPercents.isEmpty();
    }

    /** The percentage a pricing modifier pays, or null when it has no rule. */
    BigDecimal modifierPercent(String modifier) {
        return modifierPercents.get(modifier);
    }

    boolean isPricingModifier(String modifier) {
        return pricingModifiers.contains(modifier);
    }

    boolean reducesMultipleProcedures() {
        return reductionPercents.length > 0;
    }

    BigDecimal reductionPercent(int rank) {
        return reductionPercents[Math.min(rank, reductionPercents.length) - 1];
    }

    BigDecimal reductionFraction(int rank) {
        return reductionFractions[Math.min(rank, reductionFractions.length) - 1];
    }

    BigDecimal escalatorFactor(LocalDate dateOfService) {
        Escalator escalator = terms.escalator();
        return escalator == null ? BigDecimal.ONE : escalatorFactors[escalator.anniversariesPassed(dateOfService)];
    }

    private static Map<String, CompiledLine[]> indexByCode(ContractTerms terms) {
        Map<String, List<CompiledLine>> grouped = new HashMap<>();
        for (FeeScheduleLine line : terms.feeSchedule()) {
            grouped.computeIfAbsent(line.code(), code -> new ArrayList<>())
                    .add(CompiledLine.of(line, terms.multipleProcedureReduction(), terms.escalator()));
        }
        Map<String, CompiledLine[]> byCode = new HashMap<>(grouped.size() * 2);
        grouped.forEach((code, lines) -> {
            lines.sort(MOST_SPECIFIC_FIRST);
            byCode.put(code, lines.toArray(new CompiledLine[0]));
        });
        return byCode;
    }

    private static Map<String, BigDecimal> modifierPercents(ModifierRules rules) {
        if (rules == null) {
            return Map.of();
        }
        Map<String, BigDecimal> percents = new HashMap<>(rules.percentByModifier());
        percents.put(ModifierRules.BILATERAL, rules.bilateralPercent());
        return Map.copyOf(percents);
    }
}
