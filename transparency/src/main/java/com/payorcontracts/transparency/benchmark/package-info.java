/**
 * Market benchmarks from negotiated rates: per code &times; billing class &times; facility or
 * non-facility site &times; modifier, per payor and across payors.
 *
 * <h2>Steps</h2>
 * <ol>
 * <li>{@link com.payorcontracts.transparency.benchmark.MarketRateExtractor} turns each negotiated
 * price into market rates: fee-for-service dollar amounts only (percentages, per diems, bundles and
 * capitations are counted and left out), one per TIN, billing class ({@code both} counts for each)
 * and site.</li>
 * <li>One rate per (payor, TIN, code, modifier, site, class): the TIN's median amount (the lower of
 * the two middle amounts when even), so a TIN listed under many NPIs or references counts once.</li>
 * <li>Rates outside 0.5&times;&ndash;30&times; the Medicare amount for the same code, modifier,
 * class and site are implausible, left out and counted; 0.5&times; and 30&times; themselves are
 * kept. A key without a Medicare amount keeps all its rates.</li>
 * <li>Per key: p10, p25, p50, p75, p90, mean, number of rates, number of distinct TINs.</li>
 * </ol>
 *
 * <h2>Percentile definition</h2>
 * Linear interpolation between closest ranks (Hyndman &amp; Fan type 7; PostgreSQL's
 * {@code percentile_cont}, Excel's {@code PERCENTILE.INC}): for n sorted amounts x<sub>0</sub>..
 * x<sub>n-1</sub> and p in [0, 1], h = (n - 1) &times; p and the value is
 * x<sub>&lfloor;h&rfloor;</sub> + (h - &lfloor;h&rfloor;) &times; (x<sub>&lfloor;h&rfloor;+1</sub> - x<sub>&lfloor;h&rfloor;</sub>).
 * Percentiles and the mean are rounded to cents HALF_UP once, at the end.
 */
package com.payorcontracts.transparency.benchmark;
