package com.payorcontracts.analytics.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks symmetric signatures: {@code v1,} + base64 HMAC-SHA256, keyed by the secret's
 * bytes ({@code whsec_} + base64), over {@code webhook-id.webhook-timestamp.body}. During a
 * rotation the {@code webhook-signature} header carries one signature per secret, space-separated.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;

    private WebhookSignature() {
    }

    /** A new random secret, {@code whsec_} + base64 of 32 bytes. */
    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code v1,...} signature of one message with one secret. */
    public static String sign(String secret, String messageId, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), messageId, timestamp, body));
    }

    /** The {@code webhook-signature} header: one signature per secret (current first), space-separated. */
    public static String header(List<String> secrets, String messageId, long timestamp, byte[] body) {
        return secrets.stream().map(secret -> sign(secret, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    /** Whether any {@code v1} signature of the header is the secret's (compared in constant time), as a receiver checks. */
    public static boolean verify(String secret, String header, String messageId, long timestamp, byte[] body) {
        byte[] expected = sign(secret, messageId, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String signature : header.trim().split(" +")) {
            found |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }

    private static byte[] hmac(byte[] key, String messageId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
