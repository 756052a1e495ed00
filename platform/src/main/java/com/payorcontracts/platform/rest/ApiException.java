package com.payorcontracts.platform.rest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure a client caused or must know about, carried up from a service to the one mapper that
 * writes it as problem+json. Use the factory methods so the status always matches the kind.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemDetail.FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ApiException(ProblemType type, String detail, List<ProblemDetail.FieldError> errors) {
        this(type, detail, errors, Map.of(), Map.of());
    }

    private ApiException(ProblemType type, String detail, List<ProblemDetail.FieldError> errors,
                         Map<String, Object> extensions, Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        this.headers = Map.copyOf(headers);
    }

    /** An uploaded file with bad rows; nothing of it was stored. Lines are renumbered so that row 1 is the first data row. */
    public static ApiException invalidRows(List<ProblemDetail.RowError> rows) {
        return new ApiException(ProblemType.VALIDATION, rows.size() + " bad cell(s) in the file; nothing was imported",
                rows.stream().map(r -> ProblemDetail.FieldError.cell(r.row() - 1, r.column(), r.reason())).toList());
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist", List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of());
    }

    /** A conflict the client resolves by choosing: {@code extensions} name the choices (e.g. {@code candidates}). */
    public static ApiException conflict(String detail, Map<String, Object> extensions) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of(), extensions, Map.of());
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail, List.of());
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new ProblemDetail.FieldError(field, message)));
    }

    /** Several bad fields at once, so the client fixes them all in one go. */
    public static ApiException invalidFields(List<ProblemDetail.FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return new ApiException(ProblemType.VALIDATION, detail, errors);
    }

    /** A change without If-Match (428). */
    public static ApiException preconditionRequired() {
        return new ApiException(ProblemType.PRECONDITION_REQUIRED,
                "this change needs an If-Match header with the ETag of the version you read; GET it first", List.of());
    }

    /** A change whose If-Match names another version than {@code currentETag} (412, which it names). */
    public static ApiException preconditionFailed(String what, String currentETag) {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                what + " changed since you read it (now " + currentETag + "); GET it again and reapply your change",
                List.of(), Map.of("currentETag", currentETag), Map.of("ETag", currentETag));
    }

    /** A status move the aggregate does not allow from {@code from}; {@code allowedStatuses} names those it does. */
    public static ApiException illegalTransition(String what, String from, String to, Collection<String> allowed) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentStatus", from);
        extensions.put("allowedStatuses", List.copyOf(allowed));
        return new ApiException(ProblemType.ILLEGAL_TRANSITION, "a " + what + " cannot move from " + from + " to " + to
                + "; allowed from " + from + ": " + (allowed.isEmpty() ? "none, it is final" : String.join(", ", allowed)),
                List.of(), extensions, Map.of());
    }

    /** The same Idempotency-Key with another request (422). */
    public static ApiException idempotencyKeyReused() {
        return new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "this Idempotency-Key was already used for a different request; use a new key for a new request",
                List.of(new ProblemDetail.FieldError("Idempotency-Key", "was used before with a different request")));
    }

    public ProblemType type() {
        return type;
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }

    /** RFC 9457 extension members, written beside the standard ones. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Headers the answer carries, e.g. the current ETag of a 412. */
    public Map<String, String> headers() {
        return headers;
    }
}
