package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;

/** An AMT supplemental amount, e.g. {@code B6} allowed on a line, {@code AU} coverage amount on a claim. */
public record Amount(String qualifier, BigDecimal value) {
}
