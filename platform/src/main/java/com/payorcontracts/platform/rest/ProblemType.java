package com.payorcontracts.platform.rest;

/**
 * The kinds of problem every service reports, with their status and type URI: the one catalogue.
 * The gateway, which has no platform, writes the same URIs for the problems it answers itself
 * (its {@code Problems}; ProblemsTest there lists them).
 */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    MALFORMED_JSON(400, "Malformed JSON"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    ILLEGAL_TRANSITION(409, "Illegal status transition"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    CONTENT_TOO_LARGE(413, "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable request"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    UNAVAILABLE(503, "Service unavailable"),
    INTERNAL(500, "Internal error"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The first kind with this status, for answers the framework makes (an unknown path, a wrong method). */
    public static java.util.Optional<ProblemType> of(int status) {
        return java.util.Arrays.stream(values()).filter(type -> type.status == status).findFirst();
    }

    public String uri() {
        return "https://payorcontracts.dev/problems/" + name().toLowerCase().replace('_', '-');
    }
}
