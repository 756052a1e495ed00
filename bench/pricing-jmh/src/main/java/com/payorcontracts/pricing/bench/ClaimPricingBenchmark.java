package com.payorcontracts.pricing.bench;

import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimPricer;
import com.payorcontracts.pricing.CompiledTerms;
import com.payorcontracts.pricing.PricedClaim;
import com.payorcontracts.pricing.PricedLine;
import com.payorcontracts.pricing.PricingRule;
import com.payorcontracts.pricing.ReferenceFeeSchedule;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Claim lines priced per second on one thread: each invocation prices a fixed batch of claims
 * holding exactly {@link #LINES} lines against terms compiled once, so the score is lines/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ClaimPricingBenchmark {

    static final int LINES = 10_000;

    private final ClaimPricer pricer = new ClaimPricer();
    private CompiledTerms terms;
    private ReferenceFeeSchedule reference;
    private Claim[] claims;

    @Setup
    public void setUp() {
        ContractMix mix = new ContractMix();
        terms = CompiledTerms.compile(mix.terms);
        reference = mix.reference;
        claims = mix.claims(LINES);
        printRuleMix();
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void priceClaimLines(Blackhole blackhole) {
        for (Claim claim : claims) {
            blackhole.consume(pricer.price(terms, reference, claim));
        }
    }

    /** Shows the workload is the mix it claims to be: how many lines each rule priced. */
    private void printRuleMix() {
        Map<PricingRule, Integer> byRule = new EnumMap<>(PricingRule.class);
        int ranked = 0;
        int bilateral = 0;
        int escalated = 0;
        for (Claim claim : claims) {
            PricedClaim priced = pricer.price(terms, reference, claim);
            for (PricedLine line : priced.lines()) {
                byRule.merge(line.rule(), 1, Integer::sum);
                ranked += line.reductionRank() > 1 ? 1 : 0;
                bilateral += line.modifierPercent().intValue() == 150 ? 1 : 0;
                escalated += line.escalatorFactor().compareTo(java.math.BigDecimal.ONE) != 0 ? 1 : 0;
            }
        }
        System.out.printf("workload: %d lines in %d claims; reduced (rank > 1) %d, bilateral %d, escalated %d%n",
                LINES, claims.length, ranked, bilateral, escalated);
        System.out.println("lines by rule: " + byRule);
    }
}
