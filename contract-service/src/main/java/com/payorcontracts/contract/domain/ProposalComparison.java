package com.payorcontracts.contract.domain;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.CompiledTerms;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.PricedLine;
import com.payorcontracts.pricing.PricingRule;
import com.payorcontracts.pricing.ReferenceFeeSchedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A proposal compared code by code with the terms in force: the rate of one unit of each code
 * under each, priced by the pricing engine on the proposal's date (so rate methods, percent of
 * Medicare and escalators count), the reference (Medicare) fee, each rate as a percentage of it,
 * the walk-away floor and whether the proposed rate is below it; totals are rate x the catalog's
 * expected annual volume. The catalog holds no charges, so the comparison is of contracted rates:
 * lesser-of and stop-loss (which compare with billed charges) are left out, and a code priced at a
 * percentage of charges or at invoice cost has no comparable rate (null). Percentages of Medicare
 * are rate / fee x 100 to the hundredth, HALF_UP; money is scale 2.
 */
public final class ProposalComparison {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NO_CHARGE = new BigDecimal("0.00");
    private static final Set<PricingRule> NOT_COMPARABLE = EnumSet.of(PricingRule.PERCENT_OF_CHARGES,
            PricingRule.DEFAULT_PERCENT_OF_CHARGES, PricingRule.CARVE_OUT_COST_PLUS, PricingRule.INVOICE_MISSING);

    private final ClaimPricer pricer = new ClaimPricer();

    /** A code to compare and its expected annual volume (0 for a code outside the catalog). */
    public record ComparedCode(String code, int annualVolume) {
    }

    /**
     * One code compared. Rates are per unit, null when not comparable; {@code floor} is null when
     * none is in force; {@code belowFloor} is whether the proposed rate is under the floor.
     */
    public record Row(String code, int annualVolume, BigDecimal currentRate, PricingRule currentRule,
                      BigDecimal proposedRate, PricingRule proposedRule, BigDecimal change, BigDecimal medicareRate,
                      BigDecimal currentPercentOfMedicare, BigDecimal proposedPercentOfMedicare, BigDecimal floor,
                      boolean belowFloor) {
    }

    /** Totals at the expected volumes; {@code floorTotal} over the codes with a floor. */
    public record Totals(BigDecimal currentAnnualTotal, BigDecimal proposedAnnualTotal, BigDecimal change,
                         int codesBelowFloor, BigDecimal floorAnnualTotal) {
    }

    /** The rows, in the order of the codes given, and their totals. */
    public record Result(LocalDate pricedOn, List<Row> rows, Totals totals) {
    }

    /**
     * Compares.
     *
     * @param current  the terms in force (period covering {@code date})
     * @param proposed the terms the proposal would put in force
     * @param facility whether the contracted provider bills as a facility (the Medicare fee then is the facility fee)
     * @param floors   walk-away floor per code in force on {@code date}
     */
    public Result compare(LocalDate date, List<ComparedCode> codes, ContractTerms current, ContractTerms proposed,
                          ReferenceFeeSchedule reference, BillingClass billingClass, Map<String, BigDecimal> floors) {
        CompiledTerms now = CompiledTerms.compile(ratesOnly(current));
        CompiledTerms then = CompiledTerms.compile(ratesOnly(proposed));
        boolean facility = billingClass == BillingClass.FACILITY;
        List<Row> rows = new ArrayList<>(codes.size());
        BigDecimal currentTotal = NO_CHARGE;
        BigDecimal proposedTotal = NO_CHARGE;
        BigDecimal floorTotal = NO_CHARGE;
        int below = 0;
        for (ComparedCode compared : codes) {
            Claim claim = new Claim(date, billingClass, List.of(ClaimLine.of(compared.code(), 1, null, NO_CHARGE)));
            PricedLine before = pricer.price(now, reference, claim).line(0);
            PricedLine after = pricer.price(then, reference, claim).line(0);
            BigDecimal currentRate = rate(before);
            BigDecimal proposedRate = rate(after);
            BigDecimal medicare = reference.amount(compared.code(), null, facility)
                    .map(fee -> fee.setScale(2, RoundingMode.HALF_UP)).orElse(null);
            BigDecimal floor = floors.get(compared.code());
            boolean belowFloor = floor != null && proposedRate != null && proposedRate.compareTo(floor) < 0;
            BigDecimal volume = BigDecimal.valueOf(compared.annualVolume());
            if (currentRate != null) {
                currentTotal = currentTotal.add(currentRate.multiply(volume));
            }
            if (proposedRate != null) {
                proposedTotal = proposedTotal.add(proposedRate.multiply(volume));
            }
            if (floor != null) {
                floorTotal = floorTotal.add(floor.multiply(volume));
            }
            below += belowFloor ? 1 : 0;
            rows.add(new Row(compared.code(), compared.annualVolume(), currentRate, before.rule(), proposedRate, after.rule(),
                    currentRate == null || proposedRate == null ? null : proposedRate.subtract(currentRate),
                    medicare, percentOf(currentRate, medicare), percentOf(proposedRate, medicare), floor, belowFloor));
        }
        return new Result(date, List.copyOf(rows),
                new Totals(currentTotal, proposedTotal, proposedTotal.subtract(currentTotal), below, floorTotal));
    }

    /** Lesser-of and stop-loss compare with charges the catalog does not have: left out, on the lines too. */
    private static ContractTerms ratesOnly(ContractTerms terms) {
        List<FeeScheduleLine> lines = new ArrayList<>(terms.feeSchedule().size());
        for (FeeScheduleLine line : terms.feeSchedule()) {
            lines.add(line.lesserOfPercent() == null ? line : line.withLesserOfPercent(null));
        }
        return new ContractTerms(lines, terms.defaultRule(), terms.multipleProcedureReduction(), terms.modifierRules(),
                null, false, terms.escalator(), terms.period(), null);
    }

    private static BigDecimal rate(PricedLine line) {
        return NOT_COMPARABLE.contains(line.rule()) ? null : line.expectedAmount();
    }

    private static BigDecimal percentOf(BigDecimal rate, BigDecimal medicare) {
        return rate == null || medicare == null || medicare.signum() == 0 ? null
                : rate.multiply(HUNDRED).divide(medicare, 2, RoundingMode.HALF_UP);
    }

}
