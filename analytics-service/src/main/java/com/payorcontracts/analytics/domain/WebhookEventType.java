package com.payorcontracts.analytics.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event types an endpoint may subscribe to, by their wire names. {@code alert.due} is sent once per
 * alert when it comes within the look-ahead of its due date (the alert.due job, AlertDueNotices).
 */
public enum WebhookEventType {
    CONTRACT_CHANGED("contract.changed"),
    CONTRACT_ACTIVATED("contract.activated"),
    REMITTANCE_PROCESSED("remittance.processed"),
    UNDERPAYMENT_DETECTED("underpayment.detected"),
    JOB_FINISHED("job.finished"),
    ALERT_DUE("alert.due");

    /** A regular expression of the wire names, for request validation. */
    public static final String PATTERN =
            "contract\\.changed|contract\\.activated|remittance\\.processed|underpayment\\.detected|job\\.finished"
            + "|alert\\.due";

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
