package com.payorcontracts.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Imports of payors' Transparency-in-Coverage files and the fetching of them by URL. */
@ConfigMapping(prefix = "payorcontracts.benchmarks")
public interface BenchmarksConfig {

    /** Fetching a file by URL (http or https only, no redirects beyond these limits). */
    Fetch fetch();

    /** What the service may fetch. */
    interface Fetch {
        /** Largest file fetched, in bytes as they arrive (compressed when gzip): 20 GB. */
        @WithDefault("21474836480")
        long maxBytes();

        /** Time to connect, and the longest the server may stay silent (before its headers or within the body). */
        @WithDefault("30s")
        Duration connectTimeout();

        /** Longest a whole fetch may take. */
        @WithDefault("6h")
        Duration maxDuration();

        /** Redirects followed, each checked like the first address. */
        @WithDefault("5")
        int maxRedirects();

        /** Whether loopback addresses (127.0.0.0/8, ::1) may be fetched: only for tests. */
        @WithDefault("false")
        boolean allowLoopback();

        /** Whether private, link-local and unique-local addresses may be fetched (an intranet mirror). */
        @WithDefault("false")
        boolean allowPrivate();
    }
}
