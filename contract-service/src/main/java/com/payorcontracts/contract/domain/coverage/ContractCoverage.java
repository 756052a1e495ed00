package com.payorcontracts.contract.domain.coverage;

import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Classifies codes against one version of a contract's rate terms (its fee schedule and default rule).
 * Built once per version, then each code is looked up, so a 20,000-line schedule and a 2,000-code
 * catalog cost one pass over each.
 *
 * <p>The order of the rules: a line of its own decides first (one paying line makes it
 * PRICED_BY_LINE; otherwise carve-out lines make it CARVED_OUT; otherwise it is NOT_COVERED); without
 * one, a case rate's bundle (CASE_RATE_BUNDLED); then the default rule (DEFAULT_RULE_ONLY, or MISSING
 * when the default pays nothing).
 */
public final class ContractCoverage {

    private final Map<String, List<FeeScheduleLine>> linesByCode = new HashMap<>();
    private final Map<String, TreeSet<String>> primariesByBundledCode = new HashMap<>();
    private final DefaultRule defaultRule;

    private ContractCoverage(List<FeeScheduleLine> schedule, DefaultRule defaultRule) {
        this.defaultRule = defaultRule;
        for (FeeScheduleLine line : schedule) {
            linesByCode.computeIfAbsent(line.code(), c -> new ArrayList<>(1)).add(line);
            for (String bundled : line.bundledCodes()) {
                primariesByBundledCode.computeIfAbsent(bundled, c -> new TreeSet<>()).add(line.code());
            }
        }
    }

    /** The coverage rules of a fee schedule and its default rule. */
    public static ContractCoverage of(List<FeeScheduleLine> schedule, DefaultRule defaultRule) {
        return new ContractCoverage(schedule, defaultRule);
    }

    /** How the terms cover the code. */
    public CodeCoverage classify(String code) {
        List<FeeScheduleLine> own = linesByCode.get(code);
        if (own != null) {
            return ownLines(code, own);
        }
        TreeSet<String> primaries = primariesByBundledCode.get(code);
        if (primaries != null) {
            return new CodeCoverage(code, CoverageClass.CASE_RATE_BUNDLED, RateMethod.CASE_RATE, null, null, null,
                    primaries.first());
        }
        if (defaultRule.method() == RateMethod.NOT_COVERED) {
            return new CodeCoverage(code, CoverageClass.MISSING, null, null, null, null, null);
        }
        return new CodeCoverage(code, CoverageClass.DEFAULT_RULE_ONLY, defaultRule.method(), null, null,
                defaultRule.percent(), null);
    }

    private static CodeCoverage ownLines(String code, List<FeeScheduleLine> own) {
        List<FeeScheduleLine> paying = new ArrayList<>();
        List<FeeScheduleLine> carvedOut = new ArrayList<>();
        for (FeeScheduleLine line : own) {
            if (line.method() == RateMethod.CARVE_OUT_COST_PLUS) {
                carvedOut.add(line);
            } else if (line.method() != RateMethod.NOT_COVERED) {
                paying.add(line);
            }
        }
        if (!paying.isEmpty()) {
            return summary(code, CoverageClass.PRICED_BY_LINE, paying);
        }
        if (!carvedOut.isEmpty()) {
            return summary(code, CoverageClass.CARVED_OUT, carvedOut);
        }
        return new CodeCoverage(code, CoverageClass.NOT_COVERED, RateMethod.NOT_COVERED, null, null, null, null);
    }

    private static CodeCoverage summary(String code, CoverageClass coverage, List<FeeScheduleLine> lines) {
        FeeScheduleLine main = lines.get(0);
        BigDecimal lowest = null;
        BigDecimal highest = null;
        BigDecimal percent = null;
        for (FeeScheduleLine line : lines) {
            if (line.modifier() == null && line.placeOfService() == null && line.billingClass() == null
                    && (main.modifier() != null || main.placeOfService() != null || main.billingClass() != null)) {
                main = line;
            }
            if (line.amount() != null) {
                lowest = lowest == null || line.amount().compareTo(lowest) < 0 ? line.amount() : lowest;
                highest = highest == null || line.amount().compareTo(highest) > 0 ? line.amount() : highest;
            }
            if (line.percent() != null && (percent == null || line.percent().compareTo(percent) < 0)) {
                percent = line.percent();
            }
        }
        return new CodeCoverage(code, coverage, main.method(), lowest, highest, percent, null);
    }
}
