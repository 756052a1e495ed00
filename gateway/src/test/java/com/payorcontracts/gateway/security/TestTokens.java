package com.payorcontracts.gateway.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Mints the tests' tokens: good ones and each kind of bad one. */
public final class TestTokens {

    public static final String ISSUER = "https://payorcontracts.local/issuer";
    public static final String AUDIENCE = "payorcontracts-api";

    private static PrivateKey key;
    private static String keyFile;
    private static PrivateKey otherKey;

    private TestTokens() {
    }

    /** A valid token for subject {@code dev-<roles>} with these roles. */
    public static String forRoles(String... roles) {
        return sign(claims("dev-" + String.join("-", roles), roles), key());
    }

    /** A valid token for a given subject. */
    public static String forSubject(String subject, String... roles) {
        return sign(claims(subject, roles), key());
    }

    public static String admin() {
        return forRoles("admin");
    }

    public static String expired() {
        return sign(claims("dev-admin", "admin").issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(600)), key());
    }

    public static String wrongAudience() {
        return sign(claims("dev-admin", "admin").audience("someone-else"), key());
    }

    public static String wrongIssuer() {
        return sign(claims("dev-admin", "admin").issuer("https://evil.example/issuer"), key());
    }

    public static String signedByAnotherKey() {
        synchronized (TestTokens.class) {
            if (otherKey == null) {
                otherKey = TestKeys.generate().getPrivate();
            }
        }
        return sign(claims("dev-admin", "admin"), otherKey);
    }

    public static String withoutGroups() {
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).subject("dev-nobody").expiresAt(Instant.now().plusSeconds(600)), key());
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey with) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(with);
    }

    private static synchronized PrivateKey key() {
        String file = System.getProperty(TestKeys.PRIVATE_KEY_FILE);
        if (file == null) {
            throw new IllegalStateException("TestKeys has not started: annotate the test with @QuarkusTestResource(TestKeys.class)");
        }
        if (key == null || !file.equals(keyFile)) {
            keyFile = file;
            try {
                String pem = Files.readString(Path.of(file)).replaceAll("-----[A-Z ]+-----|\\s", "");
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }
}
