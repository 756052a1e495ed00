package com.payorcontracts.security;

import java.util.Objects;

/**
 * A path pattern of the security matrix: literal segments, {@code *} for exactly one segment and
 * {@code **} for any number of segments, none included ({@code /api/v1/payors/**} matches
 * {@code /api/v1/payors} and everything under it).
 */
public final class PathPattern {

    private final String text;
    private final String[] segments;

    private PathPattern(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("a path pattern starts with /: " + text);
        }
        this.text = text;
        this.segments = split(text);
    }

    public static PathPattern of(String text) {
        return new PathPattern(text);
    }

    public boolean matches(String path) {
        return matches(segments(path));
    }

    /** Whether the path, already split by {@link #segments(String)}, matches. */
    public boolean matches(String[] pathSegments) {
        return matches(segments, 0, pathSegments, 0);
    }

    /** A path's segments, without a query string and empty segments. */
    public static String[] segments(String path) {
        int query = path.indexOf('?');
        return split(query < 0 ? path : path.substring(0, query));
    }

    private static boolean matches(String[] pattern, int p, String[] path, int i) {
        while (p < pattern.length) {
            String segment = pattern[p];
            if (segment.equals("**")) {
                if (p == pattern.length - 1) {
                    return true;
                }
                for (int k = i; k <= path.length; k++) {
                    if (matches(pattern, p + 1, path, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (i >= path.length || !(segment.equals("*") || segment.equals(path[i]))) {
                return false;
            }
            p++;
            i++;
        }
        return i == path.length;
    }

    private static String[] split(String path) {
        int count = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) != '/' && (i == 0 || path.charAt(i - 1) == '/')) {
                count++;
            }
        }
        String[] segments = new String[count];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= path.length(); i++) {
            boolean slash = i == path.length() || path.charAt(i) == '/';
            if (slash && start >= 0) {
                segments[n++] = path.substring(start, i);
                start = -1;
            } else if (!slash && start < 0) {
                start = i;
            }
        }
        return segments;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathPattern that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }
}
