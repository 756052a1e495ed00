package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.BenchmarksConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Fetches a payor's published file by URL, guarded: http and https only; no loopback, private,
 * link-local or unique-local address (each redirect checked like the first URL) unless configured;
 * at most {@code max-bytes} and {@code max-duration}.
 */
@ApplicationScoped
public class RemoteFiles {

    private static final Timer DEADLINES = new Timer("remote-file-deadlines", true);

    private final BenchmarksConfig.Fetch config;

    RemoteFiles(BenchmarksConfig config) {
        this.config = config.fetch();
    }

    /** A refused URL: the message says why, for a 400 or the job's error. */
    public static final class RefusedUrl extends RuntimeException {
        public RefusedUrl(String message) {
            super(message);
        }
    }

    /** Checks a URL before a job is queued for it: scheme, host, and the addresses the host has now. */
    public URI check(String url) {
        return check(url, config.allowLoopback(), config.allowPrivate());
    }

    /**
     * The one target check of this service, with its own allowances (webhook endpoints use it too):
     * http or https, a host without credentials, and none of its addresses loopback, private,
     * link-local or unique-local unless allowed.
     */
    public static URI check(String url, boolean allowLoopback, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new RefusedUrl("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrl("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedUrl("has no host");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedUrl("must not carry credentials");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedUrl("names a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address, allowLoopback, allowPrivate);
            if (refusal != null) {
                throw new RefusedUrl("resolves to " + address.getHostAddress() + ", " + refusal);
            }
        }
        return uri;
    }

    /** Why an address may not be fetched, or null when it may. */
    String refusal(InetAddress address) {
        return refusal(address, config.allowLoopback(), config.allowPrivate());
    }

    private static String refusal(InetAddress address, boolean allowLoopback, boolean allowPrivate) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return "not a unicast address";
        }
        boolean isPrivate = address.isSiteLocalAddress() || address.isLinkLocalAddress() || uniqueLocal(address)
                || sharedAddressSpace(address);
        return isPrivate && !allowPrivate ? "a private or link-local address" : null;
    }

    /** Opens the file at {@code url}, following redirects each checked like the first; the caller closes it. */
    public InputStream open(String url) throws IOException {
        URI uri = check(url);
        long deadline = System.nanoTime() + config.maxDuration().toNanos();
        int timeout = (int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis());
        for (int hop = 0; ; hop++) {
            // HttpURLConnection rather than java.net.http: the body is read from the socket into the
            // reader's buffer, 2 GB/s on loopback where HttpClient's queue of buffers gave 330 MB/s and
            // a core's worth of CPU (docs/benchmarks.md, "TiC import end to end").
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            // Redirects are followed here, one by one, so that each target is checked.
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout(timeout);
            connection.setReadTimeout(timeout);
            int status;
            try {
                status = connection.getResponseCode();
            } catch (IOException e) {
                connection.disconnect();
                throw e;
            }
            String location = connection.getHeaderField("Location");
            if (status >= 300 && status < 400 && location != null) {
                connection.disconnect();
                if (hop >= config.maxRedirects()) {
                    throw new IOException("more than " + config.maxRedirects() + " redirects from " + url);
                }
                uri = check(uri.resolve(location).toString());
                continue;
            }
            if (status != 200) {
                connection.disconnect();
                throw new IOException("fetching " + uri + " answered HTTP " + status);
            }
            long declared = connection.getContentLengthLong();
            if (declared > config.maxBytes()) {
                connection.disconnect();
                throw new IOException("the file is " + declared + " bytes, more than the " + config.maxBytes() + " allowed");
            }
            return new Limited(connection, config.maxBytes(), deadline);
        }
    }

    private static boolean uniqueLocal(InetAddress address) {
        // fc00::/7
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xFE) == 0xFC;
    }

    private static boolean sharedAddressSpace(InetAddress address) {
        // 100.64.0.0/10, carrier-grade NAT: private in practice.
        byte[] b = address.getAddress();
        return b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
    }

    /** The body, cut off past the size limit or the deadline (the connection is closed at the deadline). */
    private static final class Limited extends FilterInputStream {
        private final HttpURLConnection connection;
        private final long maxBytes;
        private final long deadline;
        private final TimerTask closer;
        private long read;

        Limited(HttpURLConnection connection, long maxBytes, long deadline) throws IOException {
            super(connection.getInputStream());
            this.connection = connection;
            this.maxBytes = maxBytes;
            this.deadline = deadline;
            this.closer = new TimerTask() {
                @Override
                public void run() {
                    // Closing the socket ends a read blocked on it; the reader then sees the deadline.
                    connection.disconnect();
                }
            };
            DEADLINES.schedule(closer, Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new IOException("the fetch took longer than allowed");
            }
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                throw System.nanoTime() > deadline ? new IOException("the fetch took longer than allowed", e) : e;
            }
            if (n < 0 && System.nanoTime() > deadline) {
                throw new IOException("the fetch took longer than allowed");
            }
            if (n > 0) {
                read += n;
                if (read > maxBytes) {
                    throw new IOException("the file is larger than the " + maxBytes + " bytes allowed");
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closer.cancel();
            try {
                super.close();
            } finally {
                connection.disconnect();
            }
        }
    }
}
