package com.payorcontracts.analytics.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An integrator's webhook endpoint as stored. {@code previousSecret} signs too until
 * {@code previousSecretUntil} (a rotation in progress).
 */
public record WebhookEndpoint(UUID id, String url, String description, List<String> eventTypes, String secret,
                              String previousSecret, Instant previousSecretUntil, State state, String disabledReason,
                              int consecutiveFailures, String createdBy, Instant createdAt, Instant updatedAt,
                              long version) {

    /** ENABLED endpoints get deliveries; DISABLED ones (by request or after repeated failures) get none. */
    public enum State { ENABLED, DISABLED }

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous during its overlap. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }
}
