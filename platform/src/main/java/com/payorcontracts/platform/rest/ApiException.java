package com.payorcontracts.platform.rest;

import java.util.List;

/**
 * A failure a client caused or must know about, carried up from a service to the one mapper that
 * writes it as problem+json. Use the factory methods so the status always matches the kind.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemDetail.FieldError> errors;
    private final List<ProblemDetail.RowError> rows;

    public ApiException(ProblemType type, String detail, List<ProblemDetail.FieldError> errors) {
        this(type, detail, errors, List.of());
    }

    private ApiException(ProblemType type, String detail, List<ProblemDetail.FieldError> errors,
                         List<ProblemDetail.RowError> rows) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.rows = List.copyOf(rows);
    }

    /** An uploaded file with bad rows; nothing of it was stored. */
    public static ApiException invalidRows(List<ProblemDetail.RowError> rows) {
        return new ApiException(ProblemType.VALIDATION, rows.size() + " bad cell(s) in the file; nothing was imported",
                List.of(), rows);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist", List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of());
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail, List.of());
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new ProblemDetail.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }

    public List<ProblemDetail.RowError> rows() {
        return rows;
    }
}
