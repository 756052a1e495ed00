package com.payorcontracts.contract.domain.coverage;

import com.payorcontracts.pricing.RateMethod;

import java.math.BigDecimal;

/**
 * How one contract covers one code.
 *
 * @param method       how it is paid: the method of its own line (the line without modifier, place or
 *                     class narrowing when there is one), the default rule's, CASE_RATE when bundled; null
 *                     when nothing pays
 * @param lowestAmount the least amount of its paying lines with an amount (FIXED, PER_DIEM, CASE_RATE), as
 *                     listed in the terms (before escalators and modifiers); null when none
 * @param highestAmount the greatest such amount; null when none
 * @param percent      the percentage that pays it (of Medicare, charges or invoice cost) when a percentage
 *                     method does: the least of its lines', or the default rule's; null otherwise
 * @param bundledUnder for CASE_RATE_BUNDLED, the primary code whose case rate holds it (the first in code
 *                     order when several do); otherwise null
 */
public record CodeCoverage(String code, CoverageClass coverage, RateMethod method, BigDecimal lowestAmount,
                           BigDecimal highestAmount, BigDecimal percent, String bundledUnder) {
}
