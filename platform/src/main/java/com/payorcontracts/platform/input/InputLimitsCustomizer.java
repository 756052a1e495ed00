package com.payorcontracts.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * Holds every JSON body to {@link InputLimits} while it is read, before Bean Validation or any
 * arithmetic sees a value: no number longer than {@link #MAX_NUMBER_LENGTH} characters, dates in
 * range, decimals no wider than a money column, strings without control characters. A refused
 * value is a 400 naming the field (platform ProblemExceptionMappers).
 */
@Singleton
public class InputLimitsCustomizer implements ObjectMapperCustomizer {

    /** Characters of one JSON number; Jackson's default of 1000 already costs CPU in BigDecimal. */
    static final int MAX_NUMBER_LENGTH = 64;

    // Last of all customizers, so that these deserializers come before the JavaTimeModule's.
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH).build());
        SimpleModule limits = new SimpleModule("payorcontracts-input-limits");
        limits.addDeserializer(String.class, checked(String.class, StringDeserializer.instance, InputLimits::text));
        limits.addDeserializer(LocalDate.class, checked(LocalDate.class, LocalDateDeserializer.INSTANCE, InputLimits::date));
        limits.addDeserializer(BigDecimal.class,
                checked(BigDecimal.class, NumberDeserializers.BigDecimalDeserializer.instance, InputLimits::decimal));
        mapper.registerModule(limits);
    }

    private static <T> JsonDeserializer<T> checked(Class<T> type, JsonDeserializer<? extends T> read, UnaryOperator<T> check) {
        return new StdScalarDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return check.apply(read.deserialize(parser, context));
            }
        };
    }
}
