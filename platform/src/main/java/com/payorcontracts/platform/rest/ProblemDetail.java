package com.payorcontracts.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} names each offending field of a bad request.
 *
 * @param type     a URI naming the kind of problem
 * @param title    short summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong this time, for a person
 * @param instance the request path
 * @param errors   one entry per bad field, empty unless the input was at fault
 * @param rows     one entry per bad cell of an uploaded file (CSV), empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors, List<RowError> rows) {

    public ProblemDetail(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, List.of());
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field: its JSON path (for example {@code feeSchedule[2].amount}) and why. */
    public record FieldError(String field, String message) {
    }

    /** One bad cell of an uploaded file: its row (1 is the header), its column name, and why. */
    public record RowError(int row, String column, String reason) {
    }
}
