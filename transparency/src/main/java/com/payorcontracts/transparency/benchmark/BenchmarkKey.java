package com.payorcontracts.transparency.benchmark;

import com.payorcontracts.pricing.BillingClass;

/**
 * What a benchmark is for.
 *
 * @param modifier the price's modifiers joined by {@code +} in file order; empty for none
 */
public record BenchmarkKey(String code, BillingClass billingClass, Site site, String modifier) {
}
