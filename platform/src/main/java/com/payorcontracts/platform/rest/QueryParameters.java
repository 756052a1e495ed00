package com.payorcontracts.platform.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Query parameters alike on every operation: one the operation does not take is a 400 naming it
 * (a misspelt filter must not silently return everything), and a value that is not of the
 * parameter's type (an enum constant, a UUID, a date, a number, a boolean) is a 400 naming the
 * parameter and what it must be, where JAX-RS alone would answer 404. Every bad parameter is named
 * in one answer. The parameters an operation takes are read from its {@code @QueryParam}s, those of
 * its {@code @BeanParam}s included; text parameters are left to Bean Validation.
 */
public class QueryParameters {

    /** A parameter an operation takes, and the check of one of its values (null: any text). */
    private record Known(String name, Predicate<String> valid, String expected) {
    }

    private final Map<Method, Map<String, Known>> byMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty() || resource.getResourceMethod() == null) {
            return;
        }
        Map<String, Known> known = byMethod.computeIfAbsent(resource.getResourceMethod(), QueryParameters::parametersOf);
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        query.forEach((name, values) -> {
            Known parameter = known.get(name);
            if (parameter == null) {
                errors.add(new ProblemDetail.FieldError(name, "is not a parameter of this operation"
                        + (known.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", known.keySet()))));
            } else if (parameter.valid() != null && !values.stream().allMatch(parameter.valid())) {
                errors.add(new ProblemDetail.FieldError(name, "must be " + parameter.expected()));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    static Map<String, Known> parametersOf(Method method) {
        Map<String, Known> known = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getParameterizedType(), known);
        }
        return known;
    }

    private static void collect(AnnotatedElement element, Type type, Map<String, Known> known) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            known.put(query.value(), known(query.value(), type));
        } else if (element.isAnnotationPresent(BeanParam.class)) {
            for (Class<?> bean = raw(type); bean != null && bean != Object.class; bean = bean.getSuperclass()) {
                for (Field field : bean.getDeclaredFields()) {
                    collect(field, field.getGenericType(), known);
                }
            }
        }
    }

    private static Known known(String name, Type type) {
        Class<?> raw = raw(type);
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            raw = raw(generic.getActualTypeArguments()[0]);
        }
        return new Known(name, validator(raw), expected(raw));
    }

    /** What a value of this type must be, in the API's words (not Java's); null for text. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID, e.g. 3f2c6b1e-8d4a-4c1e-9a57-0b6d2e5f7a10";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == Instant.class) {
            return "an instant in UTC, e.g. 2026-01-31T09:30:00Z";
        }
        if (type == OffsetDateTime.class) {
            return "a date and time with its offset, e.g. 2026-01-31T09:30:00Z";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "a decimal number, e.g. 12.50";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return null;
    }

    private static Predicate<String> validator(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return names::contains;
        }
        if (type == UUID.class) {
            return parses(UUID::fromString);
        }
        if (type == LocalDate.class) {
            return parses(LocalDate::parse);
        }
        if (type == Instant.class) {
            return parses(Instant::parse);
        }
        if (type == OffsetDateTime.class) {
            return parses(OffsetDateTime::parse);
        }
        if (type == int.class || type == Integer.class) {
            return parses(Integer::parseInt);
        }
        if (type == long.class || type == Long.class) {
            return parses(Long::parseLong);
        }
        if (type == BigDecimal.class) {
            return parses(BigDecimal::new);
        }
        if (type == boolean.class || type == Boolean.class) {
            return value -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
        }
        return null;
    }

    private static Predicate<String> parses(Function<String, ?> parse) {
        return value -> {
            try {
                parse.apply(value);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        };
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class;
    }
}
