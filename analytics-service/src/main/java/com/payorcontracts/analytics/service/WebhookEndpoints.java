package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.WebhooksConfig;
import com.payorcontracts.analytics.domain.WebhookDelivery;
import com.payorcontracts.analytics.domain.WebhookEndpoint;
import com.payorcontracts.analytics.domain.WebhookSignature;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.analytics.repository.WebhookRepository;
import com.payorcontracts.platform.audit.AuditTrail;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Integrators' webhook endpoints: register (the secret is answered once), change, delete, rotate the
 * secret (the previous one keeps signing for the overlap), read the delivery log, redeliver. Every
 * change leaves an audit row (never the secret).
 */
@ApplicationScoped
public class WebhookEndpoints {

    static final String AUDITED = "webhook-endpoint";

    /** What a caller asks for: URL, event types, description and whether deliveries go out; null enabled keeps it as it is. */
    public record Spec(String url, List<String> eventTypes, String description, Boolean enabled) {
    }

    /** An endpoint and, right after it was made or rotated, its new secret (else null). */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {
    }

    private final WebhookRepository webhooks;
    private final WebhookSender sender;
    private final Jdbc jdbc;
    private final AuditTrail audit;
    private final Caller caller;
    private final WebhooksConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookEndpoints(WebhookRepository webhooks, WebhookSender sender, Jdbc jdbc, AuditTrail audit, Caller caller,
                     WebhooksConfig config, Clock clock) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.jdbc = jdbc;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    public WithSecret create(Spec spec) {
        String url = checkedUrl(spec.url());
        Instant now = clock.instant();
        String secret = WebhookSignature.newSecret(random);
        boolean enabled = spec.enabled() == null || spec.enabled();
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), url, spec.description(), distinct(spec.eventTypes()),
                secret, null, null, enabled ? WebhookEndpoint.State.ENABLED : WebhookEndpoint.State.DISABLED,
                enabled ? null : "disabled by request", 0, subject(), now, now, 1);
        jdbc.inTransaction(connection -> {
            webhooks.insert(connection, endpoint);
            audit.changed(connection, AUDITED, endpoint.id(), "created", null, audited(endpoint));
            return null;
        });
        return new WithSecret(endpoint, secret);
    }

    public WebhookEndpoint get(UUID id) {
        return webhooks.find(id).orElseThrow(() -> ApiException.notFound("webhook endpoint", id));
    }

    public <T> PageResponse<T> list(PageRequest page, Function<WebhookEndpoint, T> toDto) {
        return PageResponse.of(webhooks.list(page.offset(), page.size()), page, webhooks.count(), toDto);
    }

    /** Replaces URL, types and description; {@code enabled} true re-enables a disabled endpoint (its failures forgotten). */
    public WebhookEndpoint replace(UUID id, EntityTags ifMatch, Spec spec) {
        String url = checkedUrl(spec.url());
        return change(id, ifMatch, "updated", current -> {
            boolean enabled = spec.enabled() == null ? current.state() == WebhookEndpoint.State.ENABLED : spec.enabled();
            boolean stateChanges = enabled != (current.state() == WebhookEndpoint.State.ENABLED);
            return new WebhookEndpoint(current.id(), url, spec.description(), distinct(spec.eventTypes()), current.secret(),
                    current.previousSecret(), current.previousSecretUntil(),
                    enabled ? WebhookEndpoint.State.ENABLED : WebhookEndpoint.State.DISABLED,
                    enabled ? null : stateChanges ? "disabled by request" : current.disabledReason(),
                    enabled && stateChanges ? 0 : current.consecutiveFailures(), current.createdBy(), current.createdAt(),
                    clock.instant(), current.version() + 1);
        });
    }

    public void delete(UUID id, EntityTags ifMatch) {
        jdbc.inTransaction(connection -> {
            WebhookEndpoint current = locked(connection, id);
            ifMatch.check("webhook endpoint " + id, current.version());
            webhooks.delete(connection, id);
            audit.changed(connection, AUDITED, id, "deleted", audited(current), null);
            return null;
        });
    }

    /** A new secret; the one it replaces keeps signing for the configured overlap (both signatures are sent). */
    public WithSecret rotateSecret(UUID id) {
        String secret = WebhookSignature.newSecret(random);
        Instant now = clock.instant();
        WebhookEndpoint rotated = change(id, EntityTags.fromIfMatch("*"), "secret-rotated", current ->
                new WebhookEndpoint(current.id(), current.url(), current.description(), current.eventTypes(), secret,
                        current.secret(), now.plus(config.rotationOverlap()), current.state(), current.disabledReason(),
                        current.consecutiveFailures(), current.createdBy(), current.createdAt(), now, current.version() + 1));
        return new WithSecret(rotated, secret);
    }

    public <T> PageResponse<T> deliveries(UUID id, WebhookDelivery.Status status, PageRequest page,
                                          Function<WebhookDelivery, T> toDto) {
        get(id);
        return PageResponse.of(webhooks.deliveries(id, status, page.offset(), page.size()), page,
                webhooks.countDeliveries(id, status), toDto);
    }

    /** Queues a delivery again now, with the same webhook-id and body and a fresh 24 h of retries. */
    public WebhookDelivery redeliver(UUID id, long deliveryId) {
        if (!webhooks.redeliver(id, deliveryId, clock.instant())) {
            get(id);
            throw ApiException.notFound("webhook delivery", deliveryId);
        }
        return webhooks.delivery(id, deliveryId).orElseThrow();
    }

    private WebhookEndpoint change(UUID id, EntityTags ifMatch, String action, Function<WebhookEndpoint, WebhookEndpoint> how) {
        return jdbc.inTransaction(connection -> {
            WebhookEndpoint current = locked(connection, id);
            ifMatch.check("webhook endpoint " + id, current.version());
            WebhookEndpoint changed = how.apply(current);
            webhooks.update(connection, changed);
            audit.changed(connection, AUDITED, id, action, audited(current), audited(changed));
            return changed;
        });
    }

    private WebhookEndpoint locked(Connection connection, UUID id) throws SQLException {
        return webhooks.find(connection, id, true).orElseThrow(() -> ApiException.notFound("webhook endpoint", id));
    }

    private String checkedUrl(String url) {
        try {
            return sender.checkedTarget(url).toString();
        } catch (RemoteFiles.RefusedUrl e) {
            throw ApiException.invalidField("url", e.getMessage());
        }
    }

    private String subject() {
        return caller.subject() == null ? AuditTrail.SYSTEM : caller.subject();
    }

    private static List<String> distinct(List<String> types) {
        return List.copyOf(new LinkedHashSet<>(types));
    }

    /** What the audit trail keeps of an endpoint: never a secret, only when one was rotated. */
    private static Map<String, Object> audited(WebhookEndpoint endpoint) {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("url", endpoint.url());
        audited.put("description", endpoint.description());
        audited.put("eventTypes", endpoint.eventTypes());
        audited.put("state", endpoint.state());
        audited.put("previousSecretUntil", endpoint.previousSecretUntil());
        return audited;
    }
}
