package com.payorcontracts.transparency;

import java.util.function.Function;

/** Looks up the enum constant a TiC schema value spells. */
final class SchemaValues {

    private SchemaValues() {
    }

    /** The constant whose schema spelling is {@code value}, or null when none is. */
    static <E extends Enum<E>> E find(E[] values, Function<E, String> spelling, String value) {
        for (E candidate : values) {
            if (spelling.apply(candidate).equals(value)) {
                return candidate;
            }
        }
        return null;
    }
}
