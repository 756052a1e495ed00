package com.payorcontracts.analytics.service;

import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.RateMethod;
import com.payorcontracts.pricing.StopLoss;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The event's rate terms (strings, as contract-service's API names them) as the pricing engine's
 * terms for one period. Throws IllegalArgumentException for terms the engine cannot price.
 */
final class TermsMapper {

    private TermsMapper() {
    }

    static ContractTerms toPricing(ContractChanged.RateTerms rates, LocalDate from, LocalDate to) {
        List<FeeScheduleLine> lines = rates.feeSchedule().stream().map(TermsMapper::line).toList();
        ContractChanged.DefaultRule rule = rates.defaultRule();
        DefaultRule defaultRule = rule == null || rule.method() == null
                ? DefaultRule.notCovered()
                : new DefaultRule(RateMethod.valueOf(rule.method()), rule.percent());
        ContractTerms terms = ContractTerms.of(new ContractPeriod(from, to), defaultRule, lines).withLesserOf(rates.lesserOf());
        if (rates.lesserOf() && rates.lesserOfPercent() != null) {
            // Events written before lesser-of had a percentage carry none: 100%, as the engine assumes.
            terms = terms.withLesserOfPercent(rates.lesserOfPercent());
        }
        if (rates.multipleProcedureReduction() != null) {
            var reduction = rates.multipleProcedureReduction();
            terms = terms.withMultipleProcedureReduction(new MultipleProcedureReduction(reduction.percentagesByRank(),
                    reduction.exemptCodes() == null ? Set.of() : new HashSet<>(reduction.exemptCodes())));
        }
        if (rates.modifierRules() != null) {
            terms = terms.withModifierRules(new ModifierRules(rates.modifierRules().bilateralPercent(),
                    rates.modifierRules().percentByModifier()));
        }
        if (rates.stopLoss() != null) {
            terms = terms.withStopLoss(new StopLoss(rates.stopLoss().threshold(), rates.stopLoss().percent()));
        }
        if (rates.escalator() != null) {
            var escalator = rates.escalator();
            Set<RateMethod> appliesTo = null;
            if (escalator.appliesTo() != null && !escalator.appliesTo().isEmpty()) {
                appliesTo = EnumSet.noneOf(RateMethod.class);
                for (String method : escalator.appliesTo()) {
                    appliesTo.add(RateMethod.valueOf(method));
                }
            }
            terms = terms.withEscalator(new Escalator(escalator.annualPercent(), escalator.firstAnniversary(),
                    escalator.years(), appliesTo));
        }
        return terms;
    }

    static BillingClass billingClass(String value) {
        return value == null || value.isBlank() ? null : BillingClass.valueOf(value);
    }

    private static FeeScheduleLine line(ContractChanged.FeeScheduleLine line) {
        return new FeeScheduleLine(line.code(), line.modifier(), billingClass(line.billingClass()), line.placeOfService(),
                line.method() == null ? null : RateMethod.valueOf(line.method()), line.amount(), line.percent(),
                new HashSet<>(line.bundledCodes()), line.multipleProcedureEligible(), line.lesserOfPercent());
    }
}
