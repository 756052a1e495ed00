package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.StopLoss;

import java.util.Objects;

/**
 * The contract-level pricing rules of one version of the rate terms, in the pricing engine's own
 * types (which validate themselves). Stored as JSON beside the version.
 *
 * @param multipleProcedureReduction null when none
 * @param modifierRules              null when pricing modifiers do not adjust rates
 * @param stopLoss                   null when none
 * @param escalator                  null when rates do not escalate
 */
public record RateRules(DefaultRule defaultRule, MultipleProcedureReduction multipleProcedureReduction,
                        ModifierRules modifierRules, StopLoss stopLoss, boolean lesserOf, Escalator escalator) {

    public RateRules {
        Objects.requireNonNull(defaultRule, "defaultRule");
    }

    /** Rules that price nothing but the listed codes. */
    public static RateRules listedCodesOnly() {
        return new RateRules(DefaultRule.notCovered(), null, null, null, false, null);
    }
}
