package com.payorcontracts.transparency.benchmark;

import java.math.BigDecimal;

/**
 * The market for one key, per payor or across payors (payor null). Amounts in dollars, scale 2.
 *
 * @param rates rates counted (one per payor and TIN, after the plausibility check)
 * @param providers distinct TINs among them
 * @param implausible rates left out for lying outside 0.5x-30x of Medicare
 * @param medicare the Medicare amount checked against; null when there is none
 */
public record Benchmark(
        BenchmarkKey key,
        String payor,
        BigDecimal p10,
        BigDecimal p25,
        BigDecimal p50,
        BigDecimal p75,
        BigDecimal p90,
        BigDecimal mean,
        int rates,
        int providers,
        int implausible,
        BigDecimal medicare) {
}
