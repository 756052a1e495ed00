package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a proposal's rate changes into fee-schedule lines: each changed code's own line (no
 * modifier, place of service or billing class) is replaced; narrower lines of the code stay.
 * A percentage change scales the code's line as it is: its amount (to the cent, HALF_UP) for the
 * amount methods, its percentage (to the hundredth, HALF_UP) for the percentage methods. A code
 * without a line of its own has nothing to scale: it needs an absolute rate or a percent of Medicare.
 */
public final class ProposedRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProposedRates() {
    }

    /** A rate change that cannot be applied, naming the field at fault. */
    public static final class InvalidRateChange extends IllegalArgumentException {

        private final String field;

        InvalidRateChange(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * The terms a proposal would put in force: the terms in force with each changed code's own line
     * replaced (or added), the escalator asked for (else the one in force) and, when the proposal
     * names one, lesser-of against that percentage of billed charges. Everything else (default
     * rule, reductions, modifiers, stop-loss, period) stays as in force.
     */
    public static ContractTerms apply(ContractTerms inForce, List<RateChange> changes, Escalator escalator,
                                      BigDecimal lesserOfPercent) {
        Map<String, FeeScheduleLine> lines = new LinkedHashMap<>();
        for (FeeScheduleLine line : inForce.feeSchedule()) {
            lines.put(line.key(), line);
        }
        for (FeeScheduleLine line : upserts(inForce.feeSchedule(), changes)) {
            lines.put(line.key(), line);
        }
        ContractTerms proposed = new ContractTerms(List.copyOf(lines.values()), inForce.defaultRule(),
                inForce.multipleProcedureReduction(), inForce.modifierRules(), inForce.stopLoss(), inForce.lesserOf(),
                escalator != null ? escalator : inForce.escalator(), inForce.period(), inForce.lesserOfPercent());
        return lesserOfPercent == null ? proposed : proposed.withLesserOfPercent(lesserOfPercent);
    }

    /** The lines to upsert into the schedule in force, one per changed code, in the order the changes name them. */
    public static List<FeeScheduleLine> upserts(List<FeeScheduleLine> inForce, List<RateChange> changes) {
        Map<String, FeeScheduleLine> ownLines = new HashMap<>();
        for (FeeScheduleLine line : inForce) {
            if (line.modifier() == null && line.placeOfService() == null && line.billingClass() == null) {
                ownLines.put(line.code(), line);
            }
        }
        Map<String, String> changedBy = new HashMap<>();
        Map<String, FeeScheduleLine> upserts = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            RateChange change = changes.get(i);
            String field = "rateChanges[" + i + "]";
            if (change.kind() == null) {
                throw new InvalidRateChange(field + ".kind", "is required");
            }
            if (change.codes().isEmpty()) {
                throw new InvalidRateChange(field + ".codes", "must name at least one code");
            }
            for (int c = 0; c < change.codes().size(); c++) {
                String code = change.codes().get(c);
                String previous = changedBy.putIfAbsent(code, field);
                if (previous != null) {
                    throw new InvalidRateChange(field + ".codes[" + c + "]", code + " is changed by " + previous + " already");
                }
                try {
                    upserts.put(code, line(code, ownLines.get(code), change, field));
                } catch (InvalidRateChange e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw new InvalidRateChange(field + ".codes[" + c + "]", e.getMessage());
                }
            }
        }
        return new ArrayList<>(upserts.values());
    }

    private static FeeScheduleLine line(String code, FeeScheduleLine own, RateChange change, String field) {
        return switch (change.kind()) {
            case ABSOLUTE -> {
                BigDecimal amount = required(change.amount(), field + ".amount");
                yield kept(own, new FeeScheduleLine(code, null, null, null, RateMethod.FIXED,
                        amount.setScale(2, RoundingMode.HALF_UP), null, null, false));
            }
            case PERCENT_OF_MEDICARE -> kept(own, new FeeScheduleLine(code, null, null, null, RateMethod.PERCENT_OF_MEDICARE,
                    null, required(change.percent(), field + ".percent"), null, false));
            case PERCENT_CHANGE -> scaled(code, own, required(change.percent(), field + ".percent"), field);
        };
    }

    private static FeeScheduleLine scaled(String code, FeeScheduleLine own, BigDecimal percent, String field) {
        if (own == null) {
            throw new InvalidRateChange(field + ".codes", code + " has no rate of its own to change by a percentage;"
                    + " propose an ABSOLUTE rate or a PERCENT_OF_MEDICARE for it");
        }
        if (own.method() == RateMethod.NOT_COVERED) {
            throw new InvalidRateChange(field + ".codes", code + " is not covered; a percentage of nothing is nothing");
        }
        BigDecimal factor = HUNDRED.add(percent);
        if (factor.signum() < 0) {
            throw new InvalidRateChange(field + ".percent", "must not be below -100");
        }
        BigDecimal amount = own.amount() == null ? null : own.amount().multiply(factor).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal rate = own.percent() == null ? null : own.percent().multiply(factor).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new FeeScheduleLine(code, null, null, null, own.method(), amount, rate, own.bundledCodes(),
                own.multipleProcedureEligible(), own.lesserOfPercent());
    }

    /** The new rate keeps the old line's multiple-procedure eligibility and its own lesser-of. */
    private static FeeScheduleLine kept(FeeScheduleLine own, FeeScheduleLine line) {
        return own == null ? line
                : line.withMultipleProcedureEligible(own.multipleProcedureEligible()).withLesserOfPercent(own.lesserOfPercent());
    }

    private static BigDecimal required(BigDecimal value, String field) {
        if (value == null) {
            throw new InvalidRateChange(field, "is required for this kind of change");
        }
        return value;
    }
}
