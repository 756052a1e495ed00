package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.analytics.repository.WebhookRepository;
import com.payorcontracts.events.AnalyticsChanged;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.platform.messaging.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the webhook fan-out consumers do with one event: record it in the inbox and queue its messages
 * for every subscribed endpoint, in one transaction, so an event is queued exactly once however often
 * it is read. Sending is the sender's business: a slow endpoint never holds up a consumer.
 */
@ApplicationScoped
public class WebhookFanOut {

    static final String CONTRACT_CONSUMER = "webhooks-contract-changed";
    static final String ANALYTICS_CONSUMER = "webhooks-analytics-changed";

    private final Inbox inbox;
    private final WebhookRepository webhooks;
    private final Jdbc jdbc;
    private final Clock clock;

    WebhookFanOut(Inbox inbox, WebhookRepository webhooks, Jdbc jdbc, Clock clock) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues contract.changed (and contract.activated); answers the outcome for the consumer's metric. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String contractChanged(ContractChanged.V1 event) {
        return queue(CONTRACT_CONSUMER, event.eventId(), WebhookMessages.of(event));
    }

    /** Queues remittance.processed, underpayment.detected or job.finished. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String analyticsChanged(AnalyticsChanged.V1 event) {
        return queue(ANALYTICS_CONSUMER, event.eventId(), WebhookMessages.of(event));
    }

    private String queue(String consumer, UUID eventId, List<WebhookMessages.Message> messages) {
        if (!inbox.firstSeen(consumer, eventId)) {
            return "duplicate";
        }
        Instant now = clock.instant();
        int queued = jdbc.inTransaction(connection -> {
            int count = 0;
            for (WebhookMessages.Message message : messages) {
                count += webhooks.fanOut(connection, message.type().wireName(), message.id(), message.body(),
                        message.causedAt(), now);
            }
            return count;
        });
        return queued > 0 ? "queued" : "no_subscriber";
    }
}
