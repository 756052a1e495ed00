package com.payorcontracts.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every bad field of a JSON body in one answer: a value of the wrong type (text for a number, a
 * date that is no date) is noted and read as absent instead of ending the read, so the rest of the
 * body is still read and checked by Bean Validation; the 400 then names them all. Without this,
 * the first type error would hide every other mistake in the body.
 */
@Provider
@Singleton
public class BodyErrors implements ReaderInterceptor, ObjectMapperCustomizer {

    // The bad fields of the body being read on this thread; null outside a request body.
    private static final ThreadLocal<List<ProblemDetail.FieldError>> NOTED = new ThreadLocal<>();

    private final Validator validator;

    BodyErrors(Validator validator) {
        this.validator = validator;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new Noting());
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !context.getMediaType().getSubtype().endsWith("+json")) {
            return context.proceed();
        }
        List<ProblemDetail.FieldError> noted = new ArrayList<>();
        NOTED.set(noted);
        try {
            Object body;
            try {
                body = context.proceed();
            } catch (IOException | RuntimeException e) {
                if (noted.isEmpty()) {
                    throw e;
                }
                throw ApiException.invalidFields(noted);
            }
            if (!noted.isEmpty()) {
                throw ApiException.invalidFields(withViolations(noted, body));
            }
            return body;
        } finally {
            NOTED.remove();
        }
    }

    // The type errors, and what Bean Validation finds in the other fields.
    private List<ProblemDetail.FieldError> withViolations(List<ProblemDetail.FieldError> noted, Object body) {
        Set<String> fields = noted.stream().map(ProblemDetail.FieldError::field).collect(Collectors.toSet());
        List<ProblemDetail.FieldError> all = new ArrayList<>(noted);
        if (body != null) {
            for (ConstraintViolation<Object> violation : validator.validate(body)) {
                String field = ProblemExceptionMappers.fieldOf(violation);
                if (!fields.contains(field)) {
                    all.add(new ProblemDetail.FieldError(field, violation.getMessage()));
                }
            }
        }
        all.sort(Comparator.comparing(ProblemDetail.FieldError::field));
        return all;
    }

    /** Notes a value of the wrong type and reads it as absent, while a request body is read. */
    static final class Noting extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value, String failure) {
            return note(context.getParser(), targetType, "'" + value + "' is not " + describe(targetType));
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value, String failure) {
            return note(context.getParser(), targetType, value + " is not " + describe(targetType));
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token, JsonParser parser,
                                            String failure) throws IOException {
            if (NOTED.get() == null || token == JsonToken.VALUE_NULL) {
                return NOT_HANDLED;
            }
            Object absent = note(parser, targetType.getRawClass(), "has the wrong type; it must be " + describe(targetType.getRawClass()));
            parser.skipChildren();
            return absent;
        }

        private static Object note(JsonParser parser, Class<?> targetType, String message) {
            List<ProblemDetail.FieldError> noted = NOTED.get();
            if (noted == null || targetType.isPrimitive()) {
                return NOT_HANDLED;
            }
            noted.add(new ProblemDetail.FieldError(path(parser.getParsingContext()), message));
            return null;
        }

        private static String describe(Class<?> type) {
            String expected = QueryParameters.expected(type);
            return expected != null ? expected : type == String.class ? "text" : "a " + type.getSimpleName();
        }

        private static String path(JsonStreamContext context) {
            List<String> parts = new ArrayList<>();
            for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
                if (at.inArray()) {
                    parts.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
                } else if (at.getCurrentName() != null) {
                    parts.add(0, "." + at.getCurrentName());
                }
            }
            String path = String.join("", parts);
            return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "body" : path;
        }
    }
}
