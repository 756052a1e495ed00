package com.payorcontracts.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One rate of a fee schedule: a code, an optional modifier, and the amount per unit (scale 2). */
@Embeddable
public class FeeScheduleLine {

    @Column(nullable = false)
    public String code;

    public String modifier;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    protected FeeScheduleLine() {
    }

    public FeeScheduleLine(String code, String modifier, BigDecimal amount) {
        this.code = code;
        this.modifier = modifier;
        this.amount = amount;
    }

    /** The line's identity within one schedule. */
    public String key() {
        return modifier == null ? code : code + "-" + modifier;
    }
}
