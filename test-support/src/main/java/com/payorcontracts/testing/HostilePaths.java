package com.payorcontracts.testing;

import java.util.List;

/**
 * Spellings of an /api/v1 path that a router decoding and normalizing paths serves as that path,
 * but a check comparing the raw text would not recognise: every one must be refused without a
 * token. Send them with {@code urlEncodingEnabled(false)}.
 */
public final class HostilePaths {

    private HostilePaths() {
    }

    /** The hostile spellings of {@code path} (which starts with {@code /api/v1/}). */
    public static List<String> of(String path) {
        if (!path.startsWith("/api/v1/")) {
            throw new IllegalArgumentException("an /api/v1 path: " + path);
        }
        String rest = path.substring("/api/v1/".length());
        return List.of(
                "/%61pi/v1/" + rest,                      // an encoded letter in the prefix
                "/api/%761/" + rest,                      // an encoded letter in the version
                "/%41PI/v1/" + rest,                      // encoded and upper case
                "/api/v1/" + "%" + Integer.toHexString(rest.charAt(0)) + rest.substring(1), // an encoded letter in the resource
                "/x/../api/v1/" + rest,                   // a dot segment
                "/api/./v1/" + rest,                      // a single-dot segment
                "/api/v1/%2e%2e/v1/" + rest,              // an encoded dot segment
                "/q/health/../../api/v1/" + rest,         // through a public path
                "//api/v1/" + rest,                       // double slashes
                "/api//v1/" + rest,
                "/api/v1//" + rest,
                "/api;x=1/v1/" + rest,                    // matrix parameters
                "/api/v1;/" + rest,
                "/api/v1/" + rest + ";jsessionid=1",
                "/api%2Fv1/" + rest);                     // an encoded separator
    }
}
