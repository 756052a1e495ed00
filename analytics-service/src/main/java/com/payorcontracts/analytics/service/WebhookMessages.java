package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.domain.WebhookEventType;
import com.payorcontracts.events.AnalyticsChanged;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The webhook messages an event makes: Standard Webhooks' {@code {"type", "timestamp", "data"}} with a
 * thin {@code data} (ids, status and figures; a receiver GETs the rest), and a {@code webhook-id} derived
 * from the event id and the type, so a replayed event makes the same message and is queued once.
 */
public final class WebhookMessages {

    /** One message: its webhook-id, type, exact body and when its cause happened. */
    public record Message(String id, WebhookEventType type, byte[] body, Instant causedAt) {
    }

    private WebhookMessages() {
    }

    /** contract.changed for every change; contract.activated too when the change made the contract ACTIVE. */
    public static List<Message> of(ContractChanged.V1 event) {
        ContractChanged.ContractTerms contract = event.contract();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contractId", event.contractId());
        data.put("payorId", contract.payorId());
        data.put("name", contract.name());
        data.put("status", contract.status());
        data.put("change", event.kind().name());
        data.put("version", event.version());
        data.put("effectiveDate", contract.effectiveDate());
        data.put("expirationDate", contract.expirationDate());
        List<Message> messages = new ArrayList<>(2);
        messages.add(message(event.eventId(), WebhookEventType.CONTRACT_CHANGED, event.occurredAt(), data));
        if (event.kind() == ContractChanged.ChangeKind.STATUS_CHANGED && "ACTIVE".equals(contract.status())) {
            messages.add(message(event.eventId(), WebhookEventType.CONTRACT_ACTIVATED, event.occurredAt(), data));
        }
        return messages;
    }

    /** remittance.processed, underpayment.detected, job.finished or alert.due. */
    public static List<Message> of(AnalyticsChanged.V1 event) {
        return switch (event.kind()) {
            case REMITTANCE_PROCESSED ->
                    List.of(message(event.eventId(), WebhookEventType.REMITTANCE_PROCESSED, event.occurredAt(), event.remittance()));
            case UNDERPAYMENT_DETECTED ->
                    List.of(message(event.eventId(), WebhookEventType.UNDERPAYMENT_DETECTED, event.occurredAt(), event.underpayment()));
            case JOB_FINISHED -> List.of(message(event.eventId(), WebhookEventType.JOB_FINISHED, event.occurredAt(), event.job()));
            // Its webhook-id comes from the alert, not the event: one message per alert fingerprint, however announced.
            case ALERT_DUE -> List.of(message(alertMessageId(event.alertDue().alertId()), WebhookEventType.ALERT_DUE,
                    event.occurredAt(), event.alertDue()));
        };
    }

    /** The webhook-id of an event's message of a type: {@code msg_} and 32 hex digits, never a dot. */
    public static String messageId(UUID eventId, WebhookEventType type) {
        UUID id = UUID.nameUUIDFromBytes((eventId + "/" + type.wireName()).getBytes(StandardCharsets.UTF_8));
        return "msg_" + id.toString().replace("-", "");
    }

    /** The webhook-id of an alert's alert.due message: {@code msg_} and 32 hex digits from the alert's id. */
    public static String alertMessageId(String alertId) {
        UUID id = UUID.nameUUIDFromBytes((alertId + "/" + WebhookEventType.ALERT_DUE.wireName()).getBytes(StandardCharsets.UTF_8));
        return "msg_" + id.toString().replace("-", "");
    }

    private static Message message(UUID eventId, WebhookEventType type, Instant occurredAt, Object data) {
        return message(messageId(eventId, type), type, occurredAt, data);
    }

    private static Message message(String messageId, WebhookEventType type, Instant occurredAt, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wireName());
        body.put("timestamp", occurredAt);
        body.put("data", data);
        return new Message(messageId, type, EventCodec.encode(body), occurredAt);
    }
}
