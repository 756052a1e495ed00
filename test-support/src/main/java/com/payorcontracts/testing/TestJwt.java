package com.payorcontracts.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tests' bearer tokens. An RSA key pair is made once per test JVM under
 * {@code target/test-jwt/}: the service under test verifies with the public key
 * ({@link TestJwtConfigSource} points {@code mp.jwt.verify.publickey.location} at it), the tests
 * sign with the private one. Good tokens and each kind of bad one. Nothing is kept in git.
 */
public final class TestJwt {

    public static final String ISSUER = "https://payorcontracts.local/issuer";
    public static final String AUDIENCE = "payorcontracts-api";

    // The test's classes and the service's may come from different class loaders: the key files,
    // named by this system property, are what they share.
    private static final String DIRECTORY_PROPERTY = "payorcontracts.test.jwt.directory";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private static PrivateKey signingKey;
    private static PrivateKey foreignKey;

    private TestJwt() {
    }

    /** A valid token with these roles, for subject {@code test-<roles>}. */
    public static String forRoles(String... roles) {
        return sign(claims("test-" + String.join("-", roles), List.of(roles)), signingKey());
    }

    /** A valid token for a given subject (a client of its own, say, for the rate limit). */
    public static String forSubject(String subject, String... roles) {
        return sign(claims(subject, List.of(roles)), signingKey());
    }

    /** Valid, but with no groups claim: a caller with no role at all. */
    public static String withoutGroups() {
        Map<String, Object> claims = claims("test-nobody", List.of());
        claims.remove("groups");
        return sign(claims, signingKey());
    }

    public static String admin() {
        return forRoles("admin");
    }

    /** Valid but for a token that expired ten minutes ago. */
    public static String expired(String role) {
        Map<String, Object> claims = claims("test-" + role, List.of(role));
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now - 3600);
        claims.put("exp", now - 600);
        return sign(claims, signingKey());
    }

    /** Valid but meant for another audience. */
    public static String forAudience(String audience, String role) {
        Map<String, Object> claims = claims("test-" + role, List.of(role));
        claims.put("aud", audience);
        return sign(claims, signingKey());
    }

    /** Valid but from another issuer. */
    public static String fromIssuer(String issuer, String role) {
        Map<String, Object> claims = claims("test-" + role, List.of(role));
        claims.put("iss", issuer);
        return sign(claims, signingKey());
    }

    /** Right in every claim, signed with a key the service does not trust. */
    public static String signedByStranger(String role) {
        synchronized (TestJwt.class) {
            if (foreignKey == null) {
                foreignKey = generate().getPrivate();
            }
        }
        return sign(claims("test-" + role, List.of(role)), foreignKey);
    }

    /** The public key file (PEM), made on first use: for a service started outside the test JVM. */
    public static synchronized Path publicKeyFile() {
        return directory().resolve("public.pem");
    }

    private static synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            try {
                String pem = Files.readString(directory().resolve("private.pem"), StandardCharsets.US_ASCII);
                byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
                signingKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return signingKey;
    }

    private static Path directory() {
        String known = System.getProperty(DIRECTORY_PROPERTY);
        if (known != null) {
            return Path.of(known);
        }
        try {
            Path directory = Path.of("target", "test-jwt").toAbsolutePath();
            Files.createDirectories(directory);
            KeyPair keys = generate();
            Files.writeString(directory.resolve("public.pem"), pem("PUBLIC KEY", keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(directory.resolve("private.pem"), pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            System.setProperty(DIRECTORY_PROPERTY, directory.toString());
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> claims(String subject, List<String> roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("groups", roles);
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        try {
            String unsigned = B64URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")))
                    + "." + B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + B64URL.encodeToString(rs256.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
