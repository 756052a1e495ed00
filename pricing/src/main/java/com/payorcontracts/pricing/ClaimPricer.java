package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Prices a claim against a contract's terms: what each line should be paid, to the cent.
 *
 * <p>Each line is priced by the most specific fee-schedule row for it (or the default rule),
 * then, in order: escalator, pricing modifiers, case-rate bundling, multiple-procedure
 * reduction, lesser-of (the lower of the amount and N% of the charge, the row's N before the
 * contract's). All of it is unrounded; the line is rounded to the cent, HALF_UP,
 * once at the end, and the claim's total is the sum of its rounded lines. A stop-loss that
 * applies replaces all of it. A missing reference fee or invoice cost prices the line at zero
 * with a rule that says so, so one bad line never fails a batch.
 *
 * <p>Stateless and thread-safe. For many claims compile the terms once with
 * {@link CompiledTerms#compile} and use {@link #price(CompiledTerms, ReferenceFeeSchedule, Claim)}.
 */
public final class ClaimPricer {

    private static final BigDecimal ZERO_CENTS = new BigDecimal("0.00");

    /**
     * Prices one claim, compiling the terms first: fine for one claim, wasteful for a batch.
     *
     * @throws DateOutsideContractException when the terms do not cover the date of service
     */
    public PricedClaim price(ContractTerms terms, ReferenceFeeSchedule reference, Claim claim) {
        return price(CompiledTerms.compile(terms), reference, claim);
    }

    /**
     * Prices one claim against compiled terms.
     *
     * @throws DateOutsideContractException when the terms do not cover the date of service;
     *     check {@link CompiledTerms#covers} first to reject such claims without an exception
     */
    public PricedClaim price(CompiledTerms terms, ReferenceFeeSchedule reference, Claim claim) {
        LocalDate dateOfService = claim.dateOfService();
        if (!terms.covers(dateOfService)) {
            throw new DateOutsideContractException(dateOfService, terms.terms().period());
        }
        StopLoss stopLoss = terms.terms().stopLoss();
        if (stopLoss != null && stopLoss.appliesTo(claim.totalBilledCharges())) {
            return priceAtStopLoss(stopLoss, claim);
        }

        List<ClaimLine> lines = claim.lines();
        int count = lines.size();
        LineCalculation[] calculations = new LineCalculation[count];
        BigDecimal escalatorFactor = terms.escalatorFactor(dateOfService);
        boolean anyCaseRate = false;
        for (int i = 0; i < count; i++) {
            LineCalculation calculation =
                    priceLine(terms, reference, claim.billingClass(), lines.get(i), escalatorFactor);
            calculations[i] = calculation;
            anyCaseRate |= calculation.rule == PricingRule.CASE_RATE;
        }
        if (anyCaseRate) {
            bundle(calculations);
        }
        if (terms.reducesMultipleProcedures()) {
            reduce(terms, calculations);
        }
        BigDecimal contractLesserOf = terms.terms().lesserOfPercent();
        PricedLine[] priced = new PricedLine[count];
        BigDecimal total = ZERO_CENTS;
        for (int i = 0; i < count; i++) {
            LineCalculation calculation = calculations[i];
            BigDecimal lesserOfPercent = calculation.matched != null && calculation.matched.lesserOfPercent != null
                    ? calculation.matched.lesserOfPercent : contractLesserOf;
            if (lesserOfPercent != null) {
                calculation.applyLesserOf(lesserOfPercent);
            }
            priced[i] = calculation.toPricedLine(i);
            total = total.add(priced[i].expectedAmount());
        }
        return new PricedClaim(List.of(priced), total, false);
    }

    private static LineCalculation priceLine(CompiledTerms terms, ReferenceFeeSchedule reference,
            BillingClass billingClass, ClaimLine line, BigDecimal escalatorFactor) {
        CompiledLine matched = terms.match(line, billingClass);
        CompiledLine rate = matched != null ? matched : terms.defaultRule();
        LineCalculation calculation = new LineCalculation(line, matched, rate);
        BigDecimal amount = switch (rate.method) {
            case FIXED, PER_DIEM -> rate.amount.multiply(BigDecimal.valueOf(line.units()));
            case CASE_RATE -> rate.amount;
            case PERCENT_OF_CHARGES -> line.billedCharge().multiply(rate.fraction);
            case PERCENT_OF_MEDICARE -> percentOfMedicare(terms, reference, billingClass, line, calculation);
            case CARVE_OUT_COST_PLUS -> costPlus(line, calculation);
            case NOT_COVERED -> BigDecimal.ZERO;
        };
        if (calculation.pricedByMethod()) {
            if (rate.escalates && escalatorFactor.compareTo(BigDecimal.ONE) != 0) {
                amount = amount.multiply(escalatorFactor);
                calculation.escalatorFactor = escalatorFactor;
            }
            if (rate.modifierAdjusted && terms.hasModifierRules() && !line.modifiers().isEmpty()) {
                BigDecimal percent = modifierPercent(terms, line, matched);
                if (percent != null) {
                    amount = amount.multiply(percent).movePointLeft(2);
                    calculation.modifierPercent = percent;
                }
            }
        }
        calculation.amount = amount;
        return calculation;
    }

    private static BigDecimal percentOfMedicare(CompiledTerms terms, ReferenceFeeSchedule reference,
            BillingClass billingClass, ClaimLine line, LineCalculation calculation) {
        CompiledLine matched = calculation.matched;
        boolean facility = billingClass == BillingClass.FACILITY
                || (matched != null && matched.billingClass == BillingClass.FACILITY)
                || FacilityPlacesOfService.isFacility(line.placeOfService());
        Optional<BigDecimal> fee = reference.amount(line.code(), referenceModifier(terms, line, matched), facility);
        if (fee.isEmpty()) {
            calculation.rule = PricingRule.REFERENCE_MISSING;
            return BigDecimal.ZERO;
        }
        return fee.get().multiply(BigDecimal.valueOf(line.units())).multiply(calculation.rate.fraction);
    }

    private static BigDecimal costPlus(ClaimLine line, LineCalculation calculation) {
        if (line.invoiceCost() == null) {
            calculation.rule = PricingRule.INVOICE_MISSING;
            return BigDecimal.ZERO;
        }
        return line.invoiceCost().multiply(calculation.rate.fraction);
    }

    /** The row's own modifier if it describes the service, else the line's first such modifier. */
    private static String referenceModifier(CompiledTerms terms, ClaimLine line, CompiledLine matched) {
        if (matched != null && matched.modifier != null && !terms.isPricingModifier(matched.modifier)) {
            return matched.modifier;
        }
        List<String> modifiers = line.modifiers();
        for (int i = 0; i < modifiers.size(); i++) {
            if (!terms.isPricingModifier(modifiers.get(i))) {
                return modifiers.get(i);
            }
        }
        return null;
    }

    /**
     * The compounded percentage of the line's pricing modifiers, or null when none applies. A
     * modifier the matched row was written for is already in its price.
     */
    private static BigDecimal modifierPercent(CompiledTerms terms, ClaimLine line, CompiledLine matched) {
        List<String> modifiers = line.modifiers();
        BigDecimal combined = null;
        for (int i = 0; i < modifiers.size(); i++) {
            String modifier = modifiers.get(i);
            if ((matched != null && modifier.equals(matched.modifier)) || modifiers.indexOf(modifier) < i) {
                continue;
            }
            BigDecimal percent = terms.modifierPercent(modifier);
            if (percent != null) {
                combined = combined == null ? percent : combined.multiply(percent).movePointLeft(2);
            }
        }
        return combined;
    }

    /**
     * Pays each case rate once per claim, in line order: a repeat of a paying primary code, or a
     * code in a paying primary's bundle, pays zero and adds its charge to what lesser-of
     * compares the case rate with.
     */
    private static void bundle(LineCalculation[] calculations) {
        LineCalculation[] paying = new LineCalculation[calculations.length];
        int payingCount = 0;
        for (LineCalculation calculation : calculations) {
            if (calculation.rule != PricingRule.CASE_RATE) {
                continue;
            }
            LineCalculation owner = bundleOwner(paying, payingCount, calculation.line.code(), true);
            if (owner != null) {
                calculation.bundleInto(owner);
            } else {
                paying[payingCount++] = calculation;
            }
        }
        for (LineCalculation calculation : calculations) {
            if (calculation.rule == PricingRule.CASE_RATE || calculation.rule == PricingRule.CASE_RATE_BUNDLED) {
                continue;
            }
            LineCalculation owner = bundleOwner(paying, payingCount, calculation.line.code(), false);
            if (owner != null) {
                calculation.bundleInto(owner);
            }
        }
    }

    private static LineCalculation bundleOwner(LineCalculation[] paying, int payingCount, String code,
            boolean repeatsCount) {
        for (int p = 0; p < payingCount; p++) {
            LineCalculation primary = paying[p];
            if (primary.rate.bundledCodes.contains(code) || repeatsCount && primary.line.code().equals(code)) {
                return primary;
            }
        }
        return null;
    }

    /**
     * Ranks eligible lines by descending amount before reduction (earlier line first on a tie)
     * and applies the percentage for each rank.
     */
    private static void reduce(CompiledTerms terms, LineCalculation[] calculations) {
        LineCalculation[] ranked = new LineCalculation[calculations.length];
        int rankedCount = 0;
        for (LineCalculation calculation : calculations) {
            if (calculation.matched == null || !calculation.matched.reducible || !calculation.pricedByMethod()
                    || calculation.amount.signum() <= 0) {
                continue;
            }
            // Insertion sort: claims have a handful of lines, and strict "<" keeps ties in line order.
            int position = rankedCount++;
            while (position > 0 && ranked[position - 1].amount.compareTo(calculation.amount) < 0) {
                ranked[position] = ranked[position - 1];
                position--;
            }
            ranked[position] = calculation;
        }
        for (int r = 0; r < rankedCount; r++) {
            LineCalculation calculation = ranked[r];
            int rank = r + 1;
            calculation.reductionRank = rank;
            calculation.reductionPercent = terms.reductionPercent(rank);
            calculation.amount = calculation.amount.multiply(terms.reductionFraction(rank));
        }
    }

    private static PricedClaim priceAtStopLoss(StopLoss stopLoss, Claim claim) {
        BigDecimal fraction = stopLoss.percent().movePointLeft(2);
        List<ClaimLine> lines = claim.lines();
        PricedLine[] priced = new PricedLine[lines.size()];
        BigDecimal total = ZERO_CENTS;
        for (int i = 0; i < priced.length; i++) {
            ClaimLine line = lines.get(i);
            BigDecimal amount = line.billedCharge().multiply(fraction).setScale(2, RoundingMode.HALF_UP);
            priced[i] = new PricedLine(i, line.code(), amount, PricingRule.STOP_LOSS, null, BigDecimal.ONE,
                    Require.ONE_HUNDRED, 0, Require.ONE_HUNDRED);
            total = total.add(amount);
        }
        return new PricedClaim(List.of(priced), total, true);
    }
}
