package com.payorcontracts.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETags and If-Match for rows with a version column. The tag is weak ({@code W/"7"}) because it
 * names a row version, not the bytes of one encoding; If-Match accepts it weak or strong, a list,
 * or {@code *}. A GET answers with {@link #tagged}; {@link ConditionalRequests} turns a matching
 * If-None-Match into 304 and checks that every change carries If-Match.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"([^\"]*)\"\\s*");

    private final boolean any;
    private final Set<Long> versions;

    private EntityTags(boolean any, Set<Long> versions) {
        this.any = any;
        this.versions = versions;
    }

    public static String of(long version) {
        return "W/\"" + version + "\"";
    }

    /** A body with the ETag of its version. */
    public static <T> RestResponse<T> tagged(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, of(version)).build();
    }

    /** The precondition of an If-Match header; without one a change is refused with 428. */
    public static EntityTags fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (header.strip().equals("*")) {
            return new EntityTags(true, Set.of());
        }
        Set<Long> versions = new HashSet<>();
        for (String part : header.split(",")) {
            Matcher tag = TAG.matcher(part);
            // A tag that is not one of ours can never match: the change fails with 412, as RFC 9110 asks.
            if (tag.matches() && tag.group(1).matches("\\d{1,18}")) {
                versions.add(Long.parseLong(tag.group(1)));
            }
        }
        return new EntityTags(false, versions);
    }

    /** Throws 412 unless the client read {@code currentVersion}. */
    public void check(String what, long currentVersion) {
        if (!any && !versions.contains(currentVersion)) {
            throw ApiException.preconditionFailed(what, of(currentVersion));
        }
    }

    /** Whether an If-None-Match header lets {@code etag} through (RFC 9110 13.1.2: weak comparison); false means 304. */
    public static boolean noneMatch(String header, String etag) {
        if (header == null || header.isBlank()) {
            return true;
        }
        if (header.strip().equals("*")) {
            return false;
        }
        String opaque = opaque(etag);
        for (String part : header.split(",")) {
            Matcher tag = TAG.matcher(part);
            if (tag.matches() && tag.group(1).equals(opaque)) {
                return false;
            }
        }
        return true;
    }

    private static String opaque(String etag) {
        Matcher tag = TAG.matcher(etag);
        return tag.matches() ? tag.group(1) : etag;
    }
}
