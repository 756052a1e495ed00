/**
 * Expected-reimbursement engine: given a contract's terms in force on a date of service and a
 * claim, says to the cent what each line should be paid.
 *
 * <h2>Money and rounding</h2>
 * Every amount is a {@link java.math.BigDecimal}, never a {@code double}. Intermediate math
 * (rate &times; units &times; escalator &times; modifier &times; reduction, lesser-of) is kept
 * unrounded: percentages are divided by 100 with {@code movePointLeft(2)}, which is exact, and
 * only the compounded escalator factor is limited to {@link java.math.MathContext#DECIMAL128}
 * (34 significant digits). Each line's expected amount is rounded to the cent with
 * {@link java.math.RoundingMode#HALF_UP} exactly once, at the end, so 33.335 pays 33.34 and
 * three units at 11.115 pay 33.35 (not 3 &times; 11.12). A claim's total is the sum of its
 * rounded lines, so the lines always add up to the total an adjuster sees.
 *
 * <h2>Use</h2>
 * Compile a contract's {@link com.payorcontracts.pricing.ContractTerms} once into
 * {@link com.payorcontracts.pricing.CompiledTerms} and price many
 * {@link com.payorcontracts.pricing.Claim}s against it with
 * {@link com.payorcontracts.pricing.ClaimPricer}. Everything here is plain Java with no
 * framework, immutable and safe to share between threads.
 */
package com.payorcontracts.pricing;
