package com.payorcontracts.transparency.benchmark;

import java.math.BigDecimal;

/** One payor's dollar rate for one TIN and one benchmark key. */
public record MarketRate(String payor, String tin, BenchmarkKey key, BigDecimal amount) {
}
