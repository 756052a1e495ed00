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
 * @param errors   one entry per bad field or bad cell of an uploaded file, empty unless the input was at fault
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad field: its JSON path (for example {@code feeSchedule[2].amount}) or parameter, and why.
     * For a cell of an uploaded file (CSV) also its row, 1 being the first data row (0 the header),
     * and its column; {@code field} is then the column, or {@code row[N]} for a whole row.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, Integer row, String column) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }

        /** A bad cell: {@code row} counts data rows from 1 (0 is the header); an empty column means the whole row. */
        public static FieldError cell(int row, String column, String message) {
            return new FieldError(column.isEmpty() ? "row[" + row + "]" : column, message, row, column.isEmpty() ? null : column);
        }
    }

    /** One bad cell as a file reader sees it: its line in the file (1 is the header), its column name, and why. */
    public record RowError(int row, String column, String reason) {
    }
}
