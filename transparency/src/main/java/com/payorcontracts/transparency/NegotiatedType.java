package com.payorcontracts.transparency;

/** The TiC {@code negotiated_type}: what kind of number {@code negotiated_rate} is. */
public enum NegotiatedType {
    /** Dollars agreed for the service. */
    NEGOTIATED("negotiated", RateUnit.DOLLARS),
    /** Dollars the plan derives for internal accounting (e.g. under a capitation). */
    DERIVED("derived", RateUnit.DOLLARS),
    /** Dollars from a fee schedule used for cost sharing. */
    FEE_SCHEDULE("fee schedule", RateUnit.DOLLARS),
    /** A whole-number percentage of billed charges: 65.0 means 65%, never $65. */
    PERCENTAGE("percentage", RateUnit.PERCENT),
    /** Dollars per day of a stay. */
    PER_DIEM("per diem", RateUnit.DOLLARS_PER_DAY);

    private final String schemaValue;
    private final RateUnit unit;

    NegotiatedType(String schemaValue, RateUnit unit) {
        this.schemaValue = schemaValue;
        this.unit = unit;
    }

    /** The value as the schema spells it. */
    public String schemaValue() {
        return schemaValue;
    }

    /** What the amount measures; amounts of different units are never pooled. */
    public RateUnit unit() {
        return unit;
    }

    /** The type the schema spells {@code value}, or null when it is not one of the five. */
    public static NegotiatedType of(String value) {
        return SchemaValues.find(values(), NegotiatedType::schemaValue, value);
    }
}
