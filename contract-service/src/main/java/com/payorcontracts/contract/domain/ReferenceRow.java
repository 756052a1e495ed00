package com.payorcontracts.contract.domain;

import java.math.BigDecimal;

/**
 * One row of a reference fee schedule: a code, a modifier (null for the global fee, or e.g. 26 or
 * TC), and its facility and non-facility amounts (either may be null when not priced there).
 */
public record ReferenceRow(String code, String modifier, BigDecimal facilityAmount, BigDecimal nonFacilityAmount) {
}
