package com.payorcontracts.pricing.bench;

import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import com.payorcontracts.pricing.ContractPeriod;
import com.payorcontracts.pricing.ContractTerms;
import com.payorcontracts.pricing.DefaultRule;
import com.payorcontracts.pricing.Escalator;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.MultipleProcedureReduction;
import com.payorcontracts.pricing.RateMethod;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import com.payorcontracts.pricing.StopLoss;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A realistic, reproducible workload: one contract over 200 codes with every rate method,
 * setting- and modifier-specific rows, multiple-procedure reduction, modifier rules, lesser-of,
 * a stop-loss and an escalator in its third year; and claims of one to eight lines with some
 * bilateral, assistant and unlisted lines. Seeded, so every run prices the same lines.
 */
final class ContractMix {

    static final int CODES = 200;
    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 3, 15);
    private static final String[] PLACES = {"11", "11", "11", "22", "22", "24", "21", "19"};

    final List<String> listed = new ArrayList<>();
    final List<String> unlisted = new ArrayList<>();
    /** What a provider typically charges per unit for a code: a markup on this sets each line's charge. */
    private final Map<String, BigDecimal> chargeBasis = new HashMap<>();
    final ContractTerms terms;
    final ReferenceFeeSchedule reference;

    ContractMix() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < CODES; i++) {
            listed.add(String.format("%05d", 10021 + i * 431));
        }
        for (int i = 0; i < 10; i++) {
            unlisted.add(String.format("%05d", 96001 + i * 7));
        }
        InMemoryReferenceFeeSchedule.Builder medicare = InMemoryReferenceFeeSchedule.builder();
        List<String> referenced = new ArrayList<>(listed);
        referenced.addAll(unlisted.subList(0, 5));
        for (int i = 0; i < referenced.size(); i++) {
            if (i % 20 == 7) {
                continue; // about 5% of codes missing from the reference, as in real files
            }
            BigDecimal nonFacility = cents(random, 2_000, 150_000);
            medicare.put(referenced.get(i), null, nonFacility.multiply(new BigDecimal("0.8")), nonFacility);
            chargeBasis.put(referenced.get(i), nonFacility);
        }
        reference = medicare.build();

        List<FeeScheduleLine> rows = new ArrayList<>();
        List<String> exempt = new ArrayList<>();
        for (int i = 0; i < CODES; i++) {
            String code = listed.get(i);
            FeeScheduleLine row = row(i, code, random);
            rows.add(row);
            if (row.amount() != null) {
                chargeBasis.put(code, row.amount());
            }
            boolean procedure = row.method() == RateMethod.FIXED || row.method() == RateMethod.PERCENT_OF_MEDICARE;
            if (procedure && i % 5 == 1) {
                rows.add(row.withPlaceOfService("22"));
            }
            if (procedure && i % 10 == 3) {
                rows.add(row.withModifier("RT"));
            }
            if (procedure && i % 25 == 4) {
                rows.add(FeeScheduleLine.fixed(code, cents(random, 10_000, 300_000)).withModifier("50"));
            }
            if (i % 30 == 0) {
                exempt.add(code);
            }
        }
        terms = new ContractTerms(rows,
                DefaultRule.percentOfMedicare(new BigDecimal("120")),
                new MultipleProcedureReduction(List.of(new BigDecimal("100"), new BigDecimal("50"),
                        new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("50")), Set.copyOf(exempt)),
                ModifierRules.standard(),
                new StopLoss(new BigDecimal("100000.00"), new BigDecimal("60")),
                true,
                new Escalator(new BigDecimal("3"), LocalDate.of(2025, 1, 1), 5),
                new ContractPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    private FeeScheduleLine row(int i, String code, SplittableRandom random) {
        boolean eligible = i % 3 != 0;
        return switch (i % 20) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 ->
                    FeeScheduleLine.fixed(code, cents(random, 2_500, 250_000)).withMultipleProcedureEligible(eligible);
            case 10, 11, 12, 13, 14 -> FeeScheduleLine.percentOf(code, RateMethod.PERCENT_OF_MEDICARE,
                    new BigDecimal(100 + random.nextInt(80))).withMultipleProcedureEligible(eligible);
            case 15, 16 -> FeeScheduleLine.percentOf(code, RateMethod.PERCENT_OF_CHARGES,
                    new BigDecimal(40 + random.nextInt(40)));
            case 17 -> FeeScheduleLine.amountOf(code, RateMethod.PER_DIEM, cents(random, 80_000, 300_000));
            case 18 -> FeeScheduleLine.caseRate(code, cents(random, 800_000, 3_000_000),
                    Set.of(listed.get((i + 1) % CODES), listed.get((i + 2) % CODES), listed.get((i + 5) % CODES)));
            default -> i % 40 == 39
                    ? FeeScheduleLine.notCovered(code)
                    : FeeScheduleLine.percentOf(code, RateMethod.CARVE_OUT_COST_PLUS, new BigDecimal("110"));
        };
    }

    /** Claims of one to eight lines adding up to exactly {@code totalLines} lines. */
    Claim[] claims(int totalLines) {
        SplittableRandom random = new SplittableRandom(7);
        List<Claim> claims = new ArrayList<>();
        int remaining = totalLines;
        while (remaining > 0) {
            int size = Math.min(remaining, 1 + random.nextInt(8));
            List<ClaimLine> lines = new ArrayList<>(size);
            String place = PLACES[random.nextInt(PLACES.length)];
            for (int l = 0; l < size; l++) {
                lines.add(line(random, place));
            }
            claims.add(new Claim(DATE_OF_SERVICE, null, lines));
            remaining -= size;
        }
        return claims.toArray(new Claim[0]);
    }

    private ClaimLine line(SplittableRandom random, String place) {
        String code = random.nextInt(100) < 95
                ? listed.get(random.nextInt(CODES))
                : unlisted.get(random.nextInt(unlisted.size()));
        int roll = random.nextInt(100);
        List<String> modifiers = roll < 8 ? List.of("50")
                : roll < 13 ? List.of("RT")
                : roll < 15 ? List.of("80")
                : roll < 18 ? List.of("59", "XS")
                : List.of();
        int units = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 1;
        // providers bill 1.3 to 3.3 times the reference or contract fee
        BigDecimal basis = chargeBasis.getOrDefault(code, new BigDecimal("250.00"));
        BigDecimal charge = basis.multiply(BigDecimal.valueOf(130 + random.nextInt(200), 2))
                .multiply(BigDecimal.valueOf(units))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal invoice = random.nextInt(4) == 0 ? null : charge.multiply(new BigDecimal("0.45"));
        return new ClaimLine(code, modifiers, units, place, charge, invoice);
    }

    private static BigDecimal cents(SplittableRandom random, int fromCents, int toCents) {
        return BigDecimal.valueOf(fromCents + random.nextInt(toCents - fromCents), 2);
    }
}
