package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What pricing modifiers do to a line's rate: bilateral (50) and assistant or co-surgeon
 * (62, 80, 81, 82, AS, ...) percentages of the single-procedure rate.
 *
 * <p>They adjust only lines priced per procedure ({@code FIXED} and {@code PERCENT_OF_MEDICARE},
 * listed or by default): a charge, a day, a case or an invoice already describes the service as
 * billed. A fee-schedule row written for the modifier itself (27130-50) is the contract's own
 * price for it, so the modifier does not adjust it again. Several pricing modifiers on one line
 * compound (an assistant at a bilateral procedure: 16% of 150% = 24%). A modifier without a
 * rule here pays 100%.
 *
 * @param bilateralPercent modifier 50, e.g. 150 for 150% of the single rate; 0 to 1000
 * @param percentByModifier e.g. 62 to 62.5, 80 to 16, AS to 16; each 0 to 1000
 */
public record ModifierRules(BigDecimal bilateralPercent, Map<String, BigDecimal> percentByModifier) {

    /** The bilateral modifier. */
    public static final String BILATERAL = "50";

    /**
     * Modifiers that change the price rather than describe the service. They are never passed
     * to the {@link ReferenceFeeSchedule}, because a Medicare fee is looked up for the single
     * procedure and adjusted here.
     */
    public static final Set<String> PRICING_MODIFIERS = Set.of("50", "62", "80", "81", "82", "AS");

    public ModifierRules {
        Require.percent(bilateralPercent, "ModifierRules.bilateralPercent", Require.ONE_THOUSAND);
        Map<String, BigDecimal> percents = new HashMap<>();
        if (percentByModifier != null) {
            for (Map.Entry<String, BigDecimal> entry : percentByModifier.entrySet()) {
                String modifier = Require.modifier(entry.getKey(), "ModifierRules.percentByModifier key");
                if (BILATERAL.equals(modifier)) {
                    throw new IllegalArgumentException(
                            "ModifierRules.percentByModifier must not contain 50; set bilateralPercent instead");
                }
                percents.put(modifier, Require.percent(entry.getValue(),
                        "ModifierRules.percentByModifier[" + modifier + "]", Require.ONE_THOUSAND));
            }
        }
        percentByModifier = Map.copyOf(percents);
    }

    /** Bilateral at 150%, co-surgeon (62) at 62.5%, assistant surgeon (80, 81, 82, AS) at 16%. */
    public static ModifierRules standard() {
        BigDecimal assistant = new BigDecimal("16");
        return new ModifierRules(new BigDecimal("150"), Map.of(
                "62", new BigDecimal("62.5"), "80", assistant, "81", assistant, "82", assistant, "AS", assistant));
    }
}
