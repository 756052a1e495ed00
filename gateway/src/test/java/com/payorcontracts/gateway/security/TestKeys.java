package com.payorcontracts.gateway.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Makes an RSA key pair when the tests start: the gateway verifies with the public key (a PEM
 * file in a temporary directory), {@link TestTokens} signs with the private one. Nothing is kept.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    /** System property naming the private key file (PKCS#8 PEM), for TestTokens in whatever class loader. */
    static final String PRIVATE_KEY_FILE = "payorcontracts.test.jwt.private-key";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            KeyPair keys = generate();
            directory = Files.createTempDirectory("gateway-test-jwt");
            Path publicKey = directory.resolve("public.pem");
            Path privateKey = directory.resolve("private.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(privateKey, pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            System.setProperty(PRIVATE_KEY_FILE, privateKey.toString());
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (directory != null) {
                try (var files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
