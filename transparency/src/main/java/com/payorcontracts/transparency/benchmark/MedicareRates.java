package com.payorcontracts.transparency.benchmark;

import java.math.BigDecimal;

/** The Medicare amount a key's market rates are checked against; null when Medicare has none. */
@FunctionalInterface
public interface MedicareRates {

    /** No Medicare amounts: every rate is kept. */
    MedicareRates NONE = key -> null;

    BigDecimal amount(BenchmarkKey key);
}
