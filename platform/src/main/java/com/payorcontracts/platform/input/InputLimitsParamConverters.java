package com.payorcontracts.platform.input;

import com.payorcontracts.platform.rest.ApiException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Date query parameters ({@code asOf}, {@code from}, ...) held to {@link InputLimits}: an ISO date
 * from 1900 through 2199, or a 400 naming the parameter. Text parameters are checked by
 * {@link QueryParameterFilter}.
 */
@Provider
public class InputLimitsParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = "query parameter";
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                name = query.value();
            }
        }
        return (ParamConverter<T>) new DateConverter(name);
    }

    private record DateConverter(String name) implements ParamConverter<LocalDate> {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return InputLimits.date(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField(name, "'" + InputLimits.shown(value) + "' is not a date (YYYY-MM-DD)");
            } catch (InputLimits.InvalidInputException e) {
                throw ApiException.invalidField(name, e.getMessage());
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    }
}
