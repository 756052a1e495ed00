package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.PrivacyConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Turns a patient identifier into the only patient data analytics keeps: HMAC-SHA256 under a
 * secret key, as hex. Without the key nobody can test a guessed identifier against it.
 */
@ApplicationScoped
public class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    // Mac instances are not thread-safe; one per thread keeps bulk ingest free of locks.
    private final ThreadLocal<Mac> macs;

    Pseudonymizer(PrivacyConfig config) {
        this.key = new SecretKeySpec(config.pseudonymKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The key of a patient identifier a client sent; null for null. */
    public String ofPatient(String patientId) {
        return patientId == null || patientId.isBlank() ? null : hash("patient:" + patientId.trim());
    }

    /** The key of a remittance claim that came without a patient identifier: its patient control number and payer claim id. */
    public String ofRemittanceClaim(String patientControlNumber, String payerClaimNumber) {
        return hash("835:" + patientControlNumber + "|" + (payerClaimNumber == null ? "" : payerClaimNumber));
    }

    private String hash(String value) {
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
