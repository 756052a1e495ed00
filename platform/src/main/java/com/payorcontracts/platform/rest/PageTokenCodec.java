package com.payorcontracts.platform.rest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Page tokens: the sort key of a page's last item and the next page's number, signed (HMAC-SHA256)
 * together with the query they belong to, so a token is opaque to clients, cannot be altered and
 * is refused for another query (other filters or sort). Plain Java; {@link PageTokens} holds the key.
 *
 * <p>Format: {@code base64url(payload) "." base64url(first 16 bytes of HMAC(payload "\n" query))};
 * the payload is the page number, the total counted when the walk began, and the key values, each
 * length-prefixed so any text round-trips.
 */
public final class PageTokenCodec {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    public PageTokenCodec(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a page-token secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The token for page {@code page} of {@code query}, continuing after the item whose sort key is {@code after}. */
    public String encode(String query, PageToken token) {
        StringBuilder payload = new StringBuilder().append(token.page()).append('/').append(token.totalItems());
        for (String value : token.after()) {
            payload.append('|').append(value.length()).append(':').append(value);
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes, query));
    }

    /** The token's page and key, or empty when it is malformed, altered or made for another query. */
    public Optional<PageToken> decode(String query, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] bytes;
        byte[] signature;
        try {
            bytes = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, mac(bytes, query))) {
            return Optional.empty();
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static Optional<PageToken> parse(String payload) {
        // Signed by us, so well formed; parsed defensively all the same.
        try {
            int bar = payload.indexOf('|');
            String head = bar < 0 ? payload : payload.substring(0, bar);
            int slash = head.indexOf('/');
            int page = Integer.parseInt(head.substring(0, slash));
            long total = Long.parseLong(head.substring(slash + 1));
            List<String> after = new ArrayList<>();
            int at = bar;
            while (at >= 0 && at < payload.length()) {
                int colon = payload.indexOf(':', at);
                int length = Integer.parseInt(payload.substring(at + 1, colon));
                after.add(payload.substring(colon + 1, colon + 1 + length));
                at = colon + 1 + length;
            }
            return page < 0 || total < 0 ? Optional.empty() : Optional.of(new PageToken(page, total, after));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload, String query) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(payload);
            mac.update((byte) '\n');
            mac.update(query.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Where a keyset page starts.
     *
     * @param page       the page's number, from 0 (what {@code page} would have been)
     * @param totalItems how many items matched when the walk began: pages after the first answer it
     *                   rather than count again (a count of a million rows costs more than the page)
     * @param after      the sort key of the previous page's last item, one string per sort column
     */
    public record PageToken(int page, long totalItems, List<String> after) {
        public PageToken {
            after = List.copyOf(after);
        }
    }
}
