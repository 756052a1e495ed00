package com.payorcontracts.security;

import java.net.URI;

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

    /**
     * Whether a raw (undecoded) request path has no dot segments and no percent-encoding that the
     * endpoint would read as something the matrix did not see: an encoded unreserved character
     * ({@code fl%6Fors} is {@code floors}), an encoded slash, backslash or dot, or anything from
     * {@code %20} to {@code %2F}. The matrix decides on the path as sent.
     */
    public static boolean isPlainPath(String rawPath) {
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            int decoded = i + 2 < rawPath.length() ? hex(rawPath.charAt(i + 1)) * 16 + hex(rawPath.charAt(i + 2)) : -1;
            if (decoded < 0 || isUnreserved(decoded) || decoded == '\\' || (decoded >= 0x20 && decoded <= 0x2F)) {
                return false;
            }
        }
        try {
            return URI.create(rawPath).normalize().getRawPath().equals(rawPath);
        } catch (IllegalArgumentException notAUriPath) {
            return false;
        }
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** The value of a hex digit; a large negative number for anything else, so the sum stays negative. */
    private static int hex(char c) {
        int value = Character.digit(c, 16);
        return value < 0 ? -1000 : value;
    }
}
