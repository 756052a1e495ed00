package com.payorcontracts.analytics.messaging;

import com.payorcontracts.analytics.config.WebhooksConfig;
import com.payorcontracts.events.AnalyticsChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.platform.messaging.Outbox;
import com.payorcontracts.platform.messaging.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what analytics found or finished into analytics-changed events in its outbox, on the
 * connection (and so in the transaction) of the cause: the event exists exactly when its cause committed.
 */
@ApplicationScoped
public class AnalyticsEvents {

    private final Outbox outbox;
    private final WebhooksConfig config;
    private final Clock clock;

    AnalyticsEvents(Outbox outbox, WebhooksConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public void remittanceProcessed(Connection connection, UUID remittanceId, UUID payorId, int transactions, int claims,
                                    BigDecimal totalPaid, LocalDate paymentDate) throws SQLException {
        append(connection, AnalyticsChanged.Kind.REMITTANCE_PROCESSED, remittanceId.toString(),
                new AnalyticsChanged.Remittance(remittanceId, payorId, transactions, claims, totalPaid, paymentDate), null, null,
                null);
    }

    public void underpaymentDetected(Connection connection, AnalyticsChanged.Underpayment underpayment) throws SQLException {
        append(connection, AnalyticsChanged.Kind.UNDERPAYMENT_DETECTED, Long.toString(underpayment.underpaymentId()), null,
                underpayment, null, null);
    }

    public void jobFinished(Connection connection, AnalyticsChanged.Job job) throws SQLException {
        append(connection, AnalyticsChanged.Kind.JOB_FINISHED, job.jobId().toString(), null, null, job, null);
    }

    /** An alert came due: announced once (the caller records it in alert_due_notice on the same connection). */
    public void alertDue(Connection connection, AnalyticsChanged.AlertDue alert) throws SQLException {
        append(connection, AnalyticsChanged.Kind.ALERT_DUE, alert.alertId(), null, null, null, alert);
    }

    private void append(Connection connection, AnalyticsChanged.Kind kind, String subjectId,
                        AnalyticsChanged.Remittance remittance, AnalyticsChanged.Underpayment underpayment,
                        AnalyticsChanged.Job job, AnalyticsChanged.AlertDue alertDue) throws SQLException {
        Instant now = clock.instant();
        AnalyticsChanged.V1 event = new AnalyticsChanged.V1(UUID.randomUUID(), kind, subjectId, now, remittance,
                underpayment, job, alertDue);
        outbox.append(connection, new OutboxMessage(event.eventId(), config.analyticsTopic(), subjectId,
                AnalyticsChanged.TYPE_V1, EventCodec.encode(event), Map.of()), now);
    }
}
