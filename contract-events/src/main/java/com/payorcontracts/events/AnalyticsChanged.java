package com.payorcontracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Something analytics-service found or finished: a remittance processed, an underpayment detected,
 * a job finished, an alert come due. Published on {@code analytics-changed} from analytics' outbox, written in the
 * transaction of the cause, keyed by {@code subjectId}. Thin: ids and figures, never claim content.
 */
public final class AnalyticsChanged {

    /** The CloudEvents {@code type} of version 1. */
    public static final String TYPE_V1 = "com.payorcontracts.analytics.changed.v1";

    private AnalyticsChanged() {
    }

    /** What happened; exactly the matching part of the event is set. */
    public enum Kind {
        REMITTANCE_PROCESSED, UNDERPAYMENT_DETECTED, JOB_FINISHED, ALERT_DUE
    }

    /**
     * Version 1 of the event.
     *
     * @param eventId    unique per event; consumers use it to skip duplicates
     * @param subjectId  the remittance, underpayment or job id, or the alert's id, also the Kafka record key
     * @param occurredAt when the cause committed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record V1(UUID eventId, Kind kind, String subjectId, Instant occurredAt, Remittance remittance,
                     Underpayment underpayment, Job job, AlertDue alertDue) {
        public V1 {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** A stored remittance (USD amounts, scale 2); payorId null when the upload named none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Remittance(UUID remittanceId, UUID payorId, int transactions, int claims, BigDecimal totalPaid,
                             LocalDate paymentDate) {
    }

    /** A claim line paid below its contract beyond the tolerance; variance = paid + patient responsibility - expected. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Underpayment(long underpaymentId, UUID claimId, int lineNo, UUID payorId, UUID contractId, String code,
                               LocalDate serviceDate, BigDecimal expected, BigDecimal paid, BigDecimal variance) {
    }

    /** A job that ended: its kind (CLAIMS_CSV, REMITTANCE_X12, REPRICE, ...) and state (SUCCEEDED or FAILED). */
    public record Job(UUID jobId, String jobKind, String state, long rowsDone, long errorCount) {
    }

    /**
     * An alert that came within the look-ahead of its due date, announced once per alert id (a fingerprint of
     * kind, subject, due date and facts: changed facts make another alert). Labels only, no claim content.
     *
     * @param daysLeft days from the announcement (UTC) to the due date; negative when already overdue
     * @param amount   interest owed or an underpayment's shortfall, USD scale 2; null when none
     * @param link     the API path of the subject
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlertDue(String alertId, String kind, LocalDate dueDate, long daysLeft, String severity,
                           String subjectType, String subjectId, String subjectLabel, UUID payorId, UUID contractId,
                           BigDecimal amount, String link) {
    }
}
