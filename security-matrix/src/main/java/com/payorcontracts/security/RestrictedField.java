package com.payorcontracts.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property that only some roles may see; the value names a {@code field} line of the
 * security matrix (e.g. {@code floors}). {@link RestrictedFields} leaves it out of the JSON of
 * every other caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface RestrictedField {

    /** The restricted field's name in the security matrix. */
    String value();
}
