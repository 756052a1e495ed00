package com.payorcontracts.transparency;

/** The TiC {@code billing_class}: which bill the rate is for. */
public enum TicBillingClass {
    PROFESSIONAL("professional"),
    INSTITUTIONAL("institutional"),
    /** The rate applies to professional and institutional bills alike. */
    BOTH("both");

    private final String schemaValue;

    TicBillingClass(String schemaValue) {
        this.schemaValue = schemaValue;
    }

    /** The value as the schema spells it. */
    public String schemaValue() {
        return schemaValue;
    }

    /** The class the schema spells {@code value}, or null. */
    public static TicBillingClass of(String value) {
        return SchemaValues.find(values(), TicBillingClass::schemaValue, value);
    }
}
