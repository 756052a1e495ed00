package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;

/** A QTY supplemental quantity, e.g. {@code CA} covered days, {@code ZK} federal medicare or medicaid claim mandate. */
public record Quantity(String qualifier, BigDecimal value) {
}
