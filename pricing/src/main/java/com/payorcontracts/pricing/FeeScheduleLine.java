package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * One row of a contract's fee schedule: how a code (optionally narrowed by modifier, place of
 * service and billing class) is priced.
 *
 * <p>{@code amount} is the rate for {@link RateMethod#FIXED} and {@link RateMethod#PER_DIEM}
 * (per unit) and {@link RateMethod#CASE_RATE} (once per claim); {@code percent} (110 means 110%,
 * up to 1000) is the rate for the percentage methods. The field a method does not use must be
 * null, so a row loaded into the wrong column fails here rather than paying zero.
 * {@code bundledCodes} is only for a case rate: those codes pay zero when billed on the same
 * claim as this primary code. A row without a method is {@code FIXED}.
 *
 * @param code CPT/HCPCS code, upper-cased
 * @param modifier narrows the row to claim lines carrying this modifier; null for any
 * @param billingClass narrows the row to claims of this class; null for any
 * @param placeOfService narrows the row to claim lines at this place of service; null for any
 * @param method how the row prices; null means {@code FIXED}
 * @param amount rate for FIXED, PER_DIEM and CASE_RATE
 * @param percent rate for PERCENT_OF_MEDICARE, PERCENT_OF_CHARGES and CARVE_OUT_COST_PLUS
 * @param bundledCodes codes a CASE_RATE covers; empty otherwise
 * @param multipleProcedureEligible whether the line takes part in multiple-procedure reduction
 * @param lesserOfPercent this line pays the lesser of its amount and this percentage of its billed
 *     charge (80 means 80%), whatever the contract-wide lesser-of says; null to follow the contract
 */
public record FeeScheduleLine(
        String code,
        String modifier,
        BillingClass billingClass,
        String placeOfService,
        RateMethod method,
        BigDecimal amount,
        BigDecimal percent,
        Set<String> bundledCodes,
        boolean multipleProcedureEligible,
        BigDecimal lesserOfPercent) {

    public FeeScheduleLine {
        code = Require.procedureCode(code, "FeeScheduleLine.code");
        if (modifier != null) {
            modifier = Require.modifier(modifier, "FeeScheduleLine.modifier");
        }
        if (placeOfService != null) {
            Require.placeOfService(placeOfService, "FeeScheduleLine.placeOfService");
        }
        if (method == null) {
            method = RateMethod.FIXED;
        }
        if (method.usesAmount()) {
            Require.amount(amount, "FeeScheduleLine.amount");
        } else {
            Require.absent(amount, "FeeScheduleLine.amount", method);
        }
        if (method.usesPercent()) {
            Require.percent(percent, "FeeScheduleLine.percent", Require.ONE_THOUSAND);
        } else {
            Require.absent(percent, "FeeScheduleLine.percent", method);
        }
        bundledCodes = bundledCodes == null ? Set.of() : normalizedCodes(bundledCodes, "FeeScheduleLine.bundledCodes");
        if (!bundledCodes.isEmpty()) {
            if (method != RateMethod.CASE_RATE) {
                throw new IllegalArgumentException(
                        "FeeScheduleLine.bundledCodes is only for CASE_RATE, not " + method + " (code " + code + ")");
            }
            if (bundledCodes.contains(code)) {
                throw new IllegalArgumentException("FeeScheduleLine.bundledCodes must not contain its own code " + code);
            }
        }
        if (lesserOfPercent != null) {
            Require.positivePercent(lesserOfPercent, "FeeScheduleLine.lesserOfPercent", Require.ONE_THOUSAND);
        }
    }

    /** A row that follows the contract's lesser-of rule. */
    public FeeScheduleLine(String code, String modifier, BillingClass billingClass, String placeOfService,
            RateMethod method, BigDecimal amount, BigDecimal percent, Set<String> bundledCodes,
            boolean multipleProcedureEligible) {
        this(code, modifier, billingClass, placeOfService, method, amount, percent, bundledCodes,
                multipleProcedureEligible, null);
    }

    /** A code paid a fixed amount per unit, in any setting. */
    public static FeeScheduleLine fixed(String code, BigDecimal amountPerUnit) {
        return new FeeScheduleLine(code, null, null, null, RateMethod.FIXED, amountPerUnit, null, Set.of(), false);
    }

    /** A code paid by a percentage method (110 means 110%), in any setting. */
    public static FeeScheduleLine percentOf(String code, RateMethod method, BigDecimal percent) {
        return new FeeScheduleLine(code, null, null, null, method, null, percent, Set.of(), false);
    }

    /** A code paid by an amount method (FIXED, PER_DIEM, CASE_RATE), in any setting. */
    public static FeeScheduleLine amountOf(String code, RateMethod method, BigDecimal amount) {
        return new FeeScheduleLine(code, null, null, null, method, amount, null, Set.of(), false);
    }

    /** A case rate for a primary code, covering the bundled codes billed on the same claim. */
    public static FeeScheduleLine caseRate(String code, BigDecimal amount, Set<String> bundledCodes) {
        return new FeeScheduleLine(code, null, null, null, RateMethod.CASE_RATE, amount, null, bundledCodes, false);
    }

    /** A code the contract does not pay. */
    public static FeeScheduleLine notCovered(String code) {
        return new FeeScheduleLine(code, null, null, null, RateMethod.NOT_COVERED, null, null, Set.of(), false);
    }

    public FeeScheduleLine withModifier(String newModifier) {
        return new FeeScheduleLine(code, newModifier, billingClass, placeOfService, method, amount, percent,
                bundledCodes, multipleProcedureEligible, lesserOfPercent);
    }

    public FeeScheduleLine withPlaceOfService(String newPlaceOfService) {
        return new FeeScheduleLine(code, modifier, billingClass, newPlaceOfService, method, amount, percent,
                bundledCodes, multipleProcedureEligible, lesserOfPercent);
    }

    public FeeScheduleLine withBillingClass(BillingClass newBillingClass) {
        return new FeeScheduleLine(code, modifier, newBillingClass, placeOfService, method, amount, percent,
                bundledCodes, multipleProcedureEligible, lesserOfPercent);
    }

    public FeeScheduleLine withMultipleProcedureEligible(boolean eligible) {
        return new FeeScheduleLine(code, modifier, billingClass, placeOfService, method, amount, percent,
                bundledCodes, eligible, lesserOfPercent);
    }

    public FeeScheduleLine withLesserOfPercent(BigDecimal newLesserOfPercent) {
        return new FeeScheduleLine(code, modifier, billingClass, placeOfService, method, amount, percent,
                bundledCodes, multipleProcedureEligible, newLesserOfPercent);
    }

    /** What the row matches on, for reports and error messages: {@code 27130-50 POS 22 FACILITY}. */
    public String key() {
        StringBuilder key = new StringBuilder(code);
        if (modifier != null) {
            key.append('-').append(modifier);
        }
        if (placeOfService != null) {
            key.append(" POS ").append(placeOfService);
        }
        if (billingClass != null) {
            key.append(' ').append(billingClass);
        }
        return key.toString();
    }

    private static Set<String> normalizedCodes(Set<String> codes, String field) {
        Set<String> normalized = new HashSet<>();
        for (String bundled : codes) {
            normalized.add(Require.procedureCode(bundled, field));
        }
        return Set.copyOf(normalized);
    }
}
