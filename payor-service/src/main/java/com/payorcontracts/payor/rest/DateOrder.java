package com.payorcontracts.payor.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/**
 * On a request record: the date component {@code end} is not before {@code start}. The violation
 * names {@code end}, so the client sees which field to fix alongside every other bad field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateOrder.Validator.class)
@Repeatable(DateOrder.List.class)
public @interface DateOrder {

    String start();

    String end();

    String message() default "must not be before {start}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        DateOrder[] value();
    }

    /** Reads the two dates through the record's accessors; a missing date is another constraint's business. */
    class Validator implements ConstraintValidator<DateOrder, Record> {

        private DateOrder order;

        @Override
        public void initialize(DateOrder order) {
            this.order = order;
        }

        @Override
        public boolean isValid(Record record, ConstraintValidatorContext context) {
            if (record == null) {
                return true;
            }
            LocalDate start = read(record, order.start());
            LocalDate end = read(record, order.end());
            if (start == null || end == null || !end.isBefore(start)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(order.message()).addPropertyNode(order.end()).addConstraintViolation();
            return false;
        }

        private static LocalDate read(Record record, String component) {
            for (RecordComponent candidate : record.getClass().getRecordComponents()) {
                if (candidate.getName().equals(component)) {
                    try {
                        return (LocalDate) candidate.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no date " + component);
        }
    }
}
