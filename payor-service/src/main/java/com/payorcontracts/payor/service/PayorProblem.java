package com.payorcontracts.payor.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure that needs more than platform's {@code ApiException} carries: statuses it has no type for
 * (412, 428) and RFC 9457 extension members (the allowed transitions, the current ETag). Written as
 * problem+json by {@code rest.PayorProblemMapper}. Framework-neutral, so it can move to platform.
 */
public class PayorProblem extends RuntimeException {

    private static final String TYPES = "https://payorcontracts.dev/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    PayorProblem(int status, String slug, String title, String detail, Map<String, Object> extensions,
                 Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = TYPES + slug;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
    }

    public static PayorProblem preconditionRequired() {
        return new PayorProblem(428, "precondition-required", "Precondition required",
                "this change needs an If-Match header with the ETag of the version you read; GET it first",
                Map.of(), Map.of());
    }

    public static PayorProblem preconditionFailed(String what, long currentVersion) {
        String etag = EntityTags.of(currentVersion);
        return new PayorProblem(412, "precondition-failed", "Precondition failed",
                what + " changed since you read it (now " + etag + "); GET it again and reapply your change",
                Map.of("currentETag", etag), Map.of("ETag", etag));
    }

    public static PayorProblem illegalTransition(String from, String to, Collection<String> allowed) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentStatus", from);
        extensions.put("allowedStatuses", allowed);
        return new PayorProblem(409, "illegal-transition", "Illegal status transition",
                "a payor cannot move from " + from + " to " + to + "; allowed from " + from + ": " + String.join(", ", allowed),
                extensions, Map.of());
    }

    public static PayorProblem idempotencyKeyReused() {
        return new PayorProblem(422, "idempotency-key-reused", "Idempotency key reused",
                "this Idempotency-Key was already used for a different request; use a new key for a new request",
                Map.of(), Map.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
