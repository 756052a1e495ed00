package com.payorcontracts.analytics.domain;

import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.PricedLine;
import com.payorcontracts.pricing.RateMethod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The pricing engine's figures for one line, written out as the steps an appeals desk can redo by
 * hand: the rate line's basis (rate × units, or percent × charge or invoice cost), then each factor
 * the engine applied (escalator, pricing modifier, multiple-procedure reduction), then lesser-of,
 * then the expected amount. The running figure is the unrounded product shown HALF_UP to the cent;
 * the last step is always the engine's own expected amount, so the steps never contradict the quote.
 * A basis the line alone cannot show (a percentage of Medicare, stop-loss, a default rule, a
 * bundled line) is named without a figure.
 */
public final class ExpectedAmountSteps {

    /** One step: what was done, and the amount after it (null when the step has no figure of its own). */
    public record Step(String description, BigDecimal amount) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExpectedAmountSteps() {
    }

    /**
     * @param line        the engine's priced line
     * @param units       the claim line's units
     * @param billed      the claim line's billed charge
     * @param invoiceCost the claim line's invoice cost; null when none
     */
    public static List<Step> of(PricedLine line, int units, BigDecimal billed, BigDecimal invoiceCost) {
        List<Step> steps = new ArrayList<>();
        BigDecimal running = basis(line, units, billed, invoiceCost, steps);
        boolean byMethod = running != null;
        if (byMethod && line.escalatorFactor().compareTo(BigDecimal.ONE) != 0) {
            running = running.multiply(line.escalatorFactor());
            steps.add(new Step("× escalator factor " + line.escalatorFactor().stripTrailingZeros().toPlainString(),
                    cents(running)));
        }
        if (byMethod && line.modifierPercent().compareTo(HUNDRED) != 0) {
            running = running.multiply(line.modifierPercent()).movePointLeft(2);
            steps.add(new Step("× pricing modifier " + percent(line.modifierPercent()), cents(running)));
        }
        if (line.reductionRank() > 0) {
            if (byMethod) {
                running = running.multiply(line.reductionPercent()).movePointLeft(2);
            }
            steps.add(new Step("× multiple-procedure reduction, rank " + line.reductionRank() + " at "
                    + percent(line.reductionPercent()), byMethod ? cents(running) : null));
        }
        if (line.lesserOf() != null) {
            steps.add(new Step("lesser of that and " + percent(line.lesserOf().percent()) + " of billed charges ("
                    + line.lesserOf().chargeLimit().toPlainString() + "): the "
                    + (line.lesserOf().winner().name().equals("RATE") ? "rate" : "charges") + " paid",
                    !byMethod ? null : line.lesserOf().winner().name().equals("RATE") ? cents(running)
                            : line.lesserOf().chargeLimit()));
        }
        steps.add(new Step("expected (" + line.rule().name() + "), HALF_UP to the cent", line.expectedAmount()));
        return steps;
    }

    /** The basis step; returns the unrounded basis, or null when the line was not priced by its row's method. */
    private static BigDecimal basis(PricedLine line, int units, BigDecimal billed, BigDecimal invoiceCost, List<Step> steps) {
        FeeScheduleLine row = line.matchedLine();
        String rule = line.rule().name();
        if (row == null || !rule.equals(row.method().name()) && !rule.equals("LESSER_OF_CHARGE")) {
            steps.add(new Step("rule " + rule + (row == null ? "" : " under rate line " + row.key()), null));
            return null;
        }
        RateMethod method = row.method();
        BigDecimal amount = switch (method) {
            case FIXED, PER_DIEM -> row.amount().multiply(BigDecimal.valueOf(units));
            case CASE_RATE -> row.amount();
            case PERCENT_OF_CHARGES -> billed.multiply(row.percent()).movePointLeft(2);
            case CARVE_OUT_COST_PLUS -> invoiceCost == null ? null : invoiceCost.multiply(row.percent()).movePointLeft(2);
            case PERCENT_OF_MEDICARE, NOT_COVERED -> null;
        };
        String description = switch (method) {
            case FIXED, PER_DIEM -> "rate line " + row.key() + ": " + method + " " + row.amount().toPlainString()
                    + " × " + units + (units == 1 ? " unit" : " units");
            case CASE_RATE -> "rate line " + row.key() + ": CASE_RATE " + row.amount().toPlainString() + " once per claim";
            case PERCENT_OF_CHARGES -> "rate line " + row.key() + ": " + percent(row.percent()) + " of billed "
                    + billed.toPlainString();
            case CARVE_OUT_COST_PLUS -> "rate line " + row.key() + ": " + percent(row.percent()) + " of invoice cost "
                    + (invoiceCost == null ? "(none)" : invoiceCost.toPlainString());
            case PERCENT_OF_MEDICARE -> "rate line " + row.key() + ": " + percent(row.percent())
                    + " of the Medicare fee × " + units + (units == 1 ? " unit" : " units");
            case NOT_COVERED -> "rate line " + row.key() + ": NOT_COVERED";
        };
        steps.add(new Step(description, amount == null ? null : cents(amount)));
        return amount;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
