package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AlertsConfig;
import com.payorcontracts.analytics.config.WebhooksConfig;
import com.payorcontracts.analytics.domain.alert.Alert;
import com.payorcontracts.analytics.messaging.AnalyticsEvents;
import com.payorcontracts.analytics.repository.AlertNoticeRepository;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.events.AnalyticsChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The alert.due job: every {@code payorcontracts.alerts.due-notices.interval} (5 minutes) it evaluates the
 * alerts on today's date and announces each one that came within {@code within-days} (30) of its due date
 * and was not announced before. Announcing is a row in {@code alert_due_notice} keyed by the alert's id and
 * an ALERT_DUE analytics-changed event in the outbox, in one transaction: killed before the commit it
 * announces the alert on its next pass, after the commit the outbox publishes it and the webhook fan-out
 * queues one alert.due delivery per subscribed endpoint, with a webhook-id derived from the alert's id.
 * Every replica may run it: the primary key keeps an alert announced once.
 */
@ApplicationScoped
public class AlertDueNotices {

    private static final Logger LOG = Logger.getLogger(AlertDueNotices.class);
    /** Announcements per transaction: a first pass over a large book commits in steps. */
    static final int BATCH = 200;

    private final AlertService alerts;
    private final AlertNoticeRepository notices;
    private final AnalyticsEvents events;
    private final Jdbc jdbc;
    private final AlertsConfig config;
    private final WebhooksConfig webhooks;
    private final Clock clock;
    private final Counter announcedCount;
    private final Counter failedPasses;

    AlertDueNotices(AlertService alerts, AlertNoticeRepository notices, AnalyticsEvents events, Jdbc jdbc,
                    AlertsConfig config, WebhooksConfig webhooks, Clock clock, MeterRegistry metrics) {
        this.alerts = alerts;
        this.notices = notices;
        this.events = events;
        this.jdbc = jdbc;
        this.config = config;
        this.webhooks = webhooks;
        this.clock = clock;
        this.announcedCount = metrics.counter("alerts.due.announced");
        this.failedPasses = metrics.counter("alerts.due.failed.passes");
    }

    @Scheduled(every = "${payorcontracts.alerts.due-notices.interval:5m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!config.dueNotices().enabled() || !webhooks.enabled()) {
            return;
        }
        try {
            int announced = announce();
            if (announced > 0) {
                LOG.infof("announced %d alerts that came due", announced);
            }
        } catch (RuntimeException e) {
            failedPasses.increment();
            LOG.warnf("alert.due pass failed, trying again at the next one: %s", e.getMessage());
        }
    }

    /** One pass: announces every alert due today within the look-ahead and not announced yet; answers how many. */
    public int announce() {
        LocalDate today = LocalDate.now(clock);
        List<Alert> due = alerts.shown(today, config.dueNotices().withinDays());
        Set<String> announced = notices.announced(due.stream().map(Alert::id).toList());
        List<Alert> fresh = due.stream().filter(a -> !announced.contains(a.id())).toList();
        int count = 0;
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<Alert> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            count += jdbc.inTransaction(connection -> {
                Instant now = clock.instant();
                int done = 0;
                for (Alert alert : batch) {
                    if (notices.record(connection, alert.id(), alert.kind().name(), alert.dueDate(), now)) {
                        events.alertDue(connection, payload(alert, today));
                        done++;
                    }
                }
                return done;
            });
        }
        announcedCount.increment(count);
        return count;
    }

    static AnalyticsChanged.AlertDue payload(Alert alert, LocalDate today) {
        var subject = alert.subject();
        return new AnalyticsChanged.AlertDue(alert.id(), alert.kind().name(), alert.dueDate(), alert.daysLeft(today),
                alert.severity(today).name(), subject.type(), subject.id(), subject.label(), subject.payorId(),
                subject.contractId(), alert.amount(), subject.link());
    }
}
