package com.payorcontracts.security;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the gateway and every service check about a request before the matrix decides on it, so
 * that both refuse the same requests: the bearer token of the Authorization header, and a path
 * the matrix can be trusted to read as the endpoint will.
 */
public final class RequestChecks {

    private RequestChecks() {
    }

    /** The token of an {@code Authorization: Bearer ...} header, or null when there is none. */
    public static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    /** The request id header's name: the gateway sets it, the services log and audit it. */
    public static final String REQUEST_ID = "X-Request-Id";

    /**
     * A caller's {@code X-Request-Id} if it is a sane token (at most 128 letters, digits and
     * {@code . _ : -}), else null: it goes into logs and the audit trail, which it must not forge.
     */
    public static String requestId(String header) {
        if (header == null || header.isEmpty() || header.length() > 128) {
            return null;
        }
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == ':' || c == '-')) {
                return null;
            }
        }
        return header;
    }

    /** What a service does with a request path before anything else. */
    public enum PathAccess {
        /** Refused with 400 whatever its prefix: the router could read it as another path than the matrix does. */
        NOT_PLAIN,
        /** Served without a token: health, metrics, the OpenAPI document and Swagger UI. */
        PUBLIC,
        /** Everything else: a valid token whose roles the matrix allows, or no answer. */
        PROTECTED
    }

    // The probes (k8s/base), the gateway's OpenAPI aggregation and the scraper need these without a token.
    private static final List<PathPattern> PUBLIC_PATHS = Stream.of("/q/health/**", "/q/metrics", "/q/openapi", "/q/swagger-ui/**")
            .map(PathPattern::of).toList();

    /**
     * Deny by default: a path that is not plain is refused, a few public paths are open, and
     * every other path, whatever its prefix, is protected.
     */
    public static PathAccess access(String rawPath) {
        if (!isPlainPath(rawPath)) {
            return PathAccess.NOT_PLAIN;
        }
        String[] segments = PathPattern.segments(rawPath);
        return PUBLIC_PATHS.stream().anyMatch(pattern -> pattern.matches(segments)) ? PathAccess.PUBLIC : PathAccess.PROTECTED;
    }

    /**
     * Whether a raw (undecoded) request path reads the same before and after the router decodes
     * and normalizes it, so the matrix decides on the path the endpoint serves: it starts with
     * {@code /}, has no dot segments, no empty segments ({@code //}), no matrix parameters
     * ({@code ;}), no backslash, and no percent-encoded ASCII character ({@code %61pi} is
     * {@code api}, {@code %2F} a slash); only non-ASCII UTF-8 bytes may be encoded.
     */
    public static boolean isPlainPath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.contains("//") || rawPath.indexOf(';') >= 0
                || rawPath.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            int decoded = i + 2 < rawPath.length() ? hex(rawPath.charAt(i + 1)) * 16 + hex(rawPath.charAt(i + 2)) : -1;
            if (decoded < 0x80) {
                return false;
            }
        }
        for (int i = 0; i < rawPath.length(); i++) {
            if (rawPath.charAt(i) <= 0x20 || rawPath.charAt(i) >= 0x7F) {
                return false;
            }
        }
        try {
            return URI.create(rawPath).normalize().getRawPath().equals(rawPath);
        } catch (IllegalArgumentException notAUriPath) {
            return false;
        }
    }

    /** The value of a hex digit; a large negative number for anything else, so the sum stays negative. */
    private static int hex(char c) {
        int value = Character.digit(c, 16);
        return value < 0 ? -1000 : value;
    }
}
