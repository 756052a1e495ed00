package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One service line of a claim.
 *
 * @param code CPT/HCPCS code, upper-cased
 * @param modifiers up to four, upper-cased, in billed order
 * @param units positive; days for a per diem
 * @param placeOfService two digits, or null (facility claims often carry none per line)
 * @param billedCharge the line's total charge, not per unit; not negative
 * @param invoiceCost the line's total invoice cost for carved-out implants; null when not billed
 */
public record ClaimLine(
        String code,
        List<String> modifiers,
        int units,
        String placeOfService,
        BigDecimal billedCharge,
        BigDecimal invoiceCost) {

    private static final int MAX_MODIFIERS = 4;

    public ClaimLine {
        code = Require.procedureCode(code, "ClaimLine.code");
        if (modifiers == null || modifiers.isEmpty()) {
            modifiers = List.of();
        } else {
            if (modifiers.size() > MAX_MODIFIERS) {
                throw new IllegalArgumentException(
                        "ClaimLine.modifiers holds at most " + MAX_MODIFIERS + ": " + modifiers);
            }
            String[] normalized = new String[modifiers.size()];
            for (int i = 0; i < normalized.length; i++) {
                normalized[i] = Require.modifier(modifiers.get(i), "ClaimLine.modifiers");
            }
            modifiers = List.of(normalized);
        }
        if (units < 1) {
            throw new IllegalArgumentException("ClaimLine.units must be positive: " + units);
        }
        if (placeOfService != null) {
            Require.placeOfService(placeOfService, "ClaimLine.placeOfService");
        }
        Require.amount(billedCharge, "ClaimLine.billedCharge");
        if (invoiceCost != null) {
            Require.amount(invoiceCost, "ClaimLine.invoiceCost");
        }
    }

    /** A line without modifiers or invoice cost. */
    public static ClaimLine of(String code, int units, String placeOfService, BigDecimal billedCharge) {
        return new ClaimLine(code, List.of(), units, placeOfService, billedCharge, null);
    }

    public boolean hasModifier(String modifier) {
        return modifiers.contains(modifier);
    }
}
