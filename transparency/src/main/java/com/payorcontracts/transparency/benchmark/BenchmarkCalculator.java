package com.payorcontracts.transparency.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes benchmarks from market rates (the steps and the percentile definition are in the package doc). */
public final class BenchmarkCalculator {

    private static final BigDecimal LOWEST = new BigDecimal("0.5");
    private static final BigDecimal HIGHEST = new BigDecimal("30");

    private BenchmarkCalculator() {
    }

    /** One rate per (payor, TIN, key): the TIN's median amount (lower middle when even). */
    public static List<MarketRate> onePerTin(Collection<MarketRate> rates) {
        Map<List<Object>, List<MarketRate>> byTin = new LinkedHashMap<>();
        for (MarketRate rate : rates) {
            byTin.computeIfAbsent(List.of(rate.payor(), rate.tin(), rate.key()), k -> new ArrayList<>()).add(rate);
        }
        List<MarketRate> kept = new ArrayList<>(byTin.size());
        for (List<MarketRate> same : byTin.values()) {
            same.sort(Comparator.comparing(MarketRate::amount));
            kept.add(same.get((same.size() - 1) / 2));
        }
        return kept;
    }

    /** Whether {@code amount} lies within 0.5x-30x of {@code medicare} (inclusive); true without Medicare. */
    public static boolean plausible(BigDecimal amount, BigDecimal medicare) {
        if (medicare == null) {
            return true;
        }
        return amount.compareTo(medicare.multiply(LOWEST)) >= 0 && amount.compareTo(medicare.multiply(HIGHEST)) <= 0;
    }

    /** Benchmarks per payor and across payors (payor null), ordered by key then payor (across first). */
    public static List<Benchmark> compute(Collection<MarketRate> rates, MedicareRates medicare) {
        Map<BenchmarkKey, Map<String, List<MarketRate>>> grouped = new LinkedHashMap<>();
        for (MarketRate rate : onePerTin(rates)) {
            Map<String, List<MarketRate>> byPayor = grouped.computeIfAbsent(rate.key(), k -> new TreeMap<>());
            byPayor.computeIfAbsent(rate.payor(), p -> new ArrayList<>()).add(rate);
        }
        List<Benchmark> out = new ArrayList<>();
        for (Map.Entry<BenchmarkKey, Map<String, List<MarketRate>>> entry : grouped.entrySet()) {
            BenchmarkKey key = entry.getKey();
            BigDecimal reference = medicare.amount(key);
            List<MarketRate> all = new ArrayList<>();
            entry.getValue().values().forEach(all::addAll);
            out.add(benchmark(key, null, all, reference));
            for (Map.Entry<String, List<MarketRate>> payor : entry.getValue().entrySet()) {
                out.add(benchmark(key, payor.getKey(), payor.getValue(), reference));
            }
        }
        return out;
    }

    /**
     * The market's amounts per key across every payor given, one per payor and TIN, implausible
     * ones left out, ascending: what a rate is ranked against.
     */
    public static Map<BenchmarkKey, List<BigDecimal>> marketAmounts(Collection<MarketRate> rates, MedicareRates medicare) {
        Map<BenchmarkKey, List<BigDecimal>> amounts = new LinkedHashMap<>();
        for (MarketRate rate : onePerTin(rates)) {
            if (plausible(rate.amount(), medicare.amount(rate.key()))) {
                amounts.computeIfAbsent(rate.key(), k -> new ArrayList<>()).add(rate.amount());
            }
        }
        amounts.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return amounts;
    }

    private static Benchmark benchmark(BenchmarkKey key, String payor, List<MarketRate> rates, BigDecimal medicare) {
        List<BigDecimal> amounts = new ArrayList<>(rates.size());
        Set<String> tins = new HashSet<>();
        int implausible = 0;
        for (MarketRate rate : rates) {
            if (plausible(rate.amount(), medicare)) {
                amounts.add(rate.amount());
                tins.add(rate.tin());
            } else {
                implausible++;
            }
        }
        amounts.sort(Comparator.naturalOrder());
        return new Benchmark(key, payor, Percentiles.of(amounts, 10), Percentiles.of(amounts, 25),
                Percentiles.of(amounts, 50), Percentiles.of(amounts, 75), Percentiles.of(amounts, 90),
                Percentiles.mean(amounts), amounts.size(), tins.size(), implausible, medicare);
    }
}
