package com.payorcontracts.payor.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * A query parameter that must name a constant of {@link #value()}. JAX-RS answers an unconvertible
 * query parameter with 404; taking it as text and checking it here makes it a 400 naming the parameter.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumValue.Validator.class)
public @interface EnumValue {

    Class<? extends Enum<?>> value();

    String message() default "must be one of {names}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the name and reports the allowed ones. */
    class Validator implements ConstraintValidator<EnumValue, String> {

        private String[] names;

        @Override
        public void initialize(EnumValue annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.asList(names).contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", names)).addConstraintViolation();
            return false;
        }
    }
}
