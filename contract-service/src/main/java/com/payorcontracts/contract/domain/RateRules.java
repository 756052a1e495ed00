package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.StopLoss;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The contract-level pricing rules of one version of the rate terms, in the pricing engine's own
 * types (which validate themselves). Stored as JSON beside the version.
 *
 * @param multipleProcedureReduction null when none
 * @param modifierRules              null when pricing modifiers do not adjust rates
 * @param stopLoss                   null when none
 * @param escalator                  null when rates do not escalate
 * @param lesserOfPercent            the percentage of billed charges lesser-of compares with; null means 100
 *                                   (rules stored before it existed have none), always null without lesser-of
 */
public record RateRules(DefaultRule defaultRule, MultipleProcedureReduction multipleProcedureReduction,
                        ModifierRules modifierRules, StopLoss stopLoss, boolean lesserOf, Escalator escalator,
                        BigDecimal lesserOfPercent) {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    public RateRules {
        Objects.requireNonNull(defaultRule, "defaultRule");
        if (!lesserOf) {
            lesserOfPercent = null;
        }
    }

    /** Rules that price nothing but the listed codes. */
    public static RateRules listedCodesOnly() {
        return new RateRules(DefaultRule.notCovered(), null, null, null, false, null, null);
    }

    /** The percentage of billed charges lesser-of compares with (100 unless the contract says), or null without lesser-of. */
    public BigDecimal lesserOfPercentInForce() {
        return !lesserOf ? null : lesserOfPercent == null ? ONE_HUNDRED : lesserOfPercent;
    }

    /** These rules as the engine's terms for a period. */
    public ContractTerms toPricing(List<FeeScheduleLine> feeSchedule, ContractPeriod period) {
        return new ContractTerms(feeSchedule, defaultRule, multipleProcedureReduction, modifierRules, stopLoss, lesserOf,
                escalator, period, lesserOfPercent);
    }
}
