package com.payorcontracts.contract.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A National Provider Identifier: ten digits whose last is the Luhn check digit over "80840" + the first nine. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Npi.Validator.class)
public @interface Npi {

    String message() default "must be a valid ten-digit NPI (check digit included)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks format and check digit; null is valid (use @NotNull to require one). */
    class Validator implements ConstraintValidator<Npi, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        static boolean valid(String npi) {
            if (!npi.matches("\\d{10}")) {
                return false;
            }
            // The prefix 80840 (card issuer id for US health) contributes a constant 24 to the Luhn sum.
            int sum = 24;
            for (int i = 8; i >= 0; i--) {
                int digit = npi.charAt(i) - '0';
                if ((8 - i) % 2 == 0) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            int check = (10 - sum % 10) % 10;
            return check == npi.charAt(9) - '0';
        }
    }
}
