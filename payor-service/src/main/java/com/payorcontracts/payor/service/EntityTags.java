package com.payorcontracts.payor.service;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ETags and If-Match for rows with a version column. The tag is weak ({@code W/"7"}) because it
 * names a row version, not the bytes of one encoding; If-Match accepts it weak or strong, a list,
 * or {@code *}. Framework-neutral, so it can move to platform for every service.
 */
public final class EntityTags {

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

    /** The precondition of an If-Match header; without one a change is refused with 428. */
    public static EntityTags fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw PayorProblem.preconditionRequired();
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
            throw PayorProblem.preconditionFailed(what, currentVersion);
        }
    }
}
