package com.payorcontracts.transparency;

/** The TiC {@code setting}: inpatient, outpatient or both. */
public enum Setting {
    INPATIENT("inpatient"),
    OUTPATIENT("outpatient"),
    BOTH("both");

    private final String schemaValue;

    Setting(String schemaValue) {
        this.schemaValue = schemaValue;
    }

    /** The value as the schema spells it. */
    public String schemaValue() {
        return schemaValue;
    }

    /** The setting the schema spells {@code value}, or null. */
    public static Setting of(String value) {
        return SchemaValues.find(values(), Setting::schemaValue, value);
    }
}
