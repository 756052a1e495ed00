package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.WebhooksConfig;
import com.payorcontracts.analytics.domain.AttemptOutcome;
import com.payorcontracts.analytics.domain.RetrySchedule;
import com.payorcontracts.analytics.domain.WebhookSignature;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.analytics.repository.WebhookRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due webhook deliveries. Each pass claims a batch ({@code FOR UPDATE SKIP LOCKED} and a lease,
 * so replicas share the work and never send one row at once), POSTs them concurrently with the Standard
 * Webhooks headers, and records every outcome in one transaction: DELIVERED on a 2xx, else PENDING at
 * the next time of the {@link RetrySchedule} or FAILED when it runs out. A killed sender's claimed rows
 * come due again when their lease ends: delivery is at least once, and each attempt carries the same
 * {@code webhook-id} and body, so receivers de-duplicate by the id.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int MAX_ERROR = 500;

    private final WebhookRepository webhooks;
    private final Jdbc jdbc;
    private final WebhooksConfig config;
    private final Clock clock;
    private final RetrySchedule schedule;
    private final HttpClient client;
    private final MeterRegistry metrics;
    private final Timer lag;
    private final Counter disabled;
    private volatile boolean stopping;

    WebhookSender(WebhookRepository webhooks, Jdbc jdbc, WebhooksConfig config, Clock clock, MeterRegistry metrics) {
        this.webhooks = webhooks;
        this.jdbc = jdbc;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        this.schedule = new RetrySchedule(config.firstRetry(), 3, Duration.ofHours(8), config.retryWindow(), 0.2);
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.lag = Timer.builder("webhooks.delivery.lag").description("from an event's cause to its delivery")
                .publishPercentiles(0.5, 0.99).register(metrics);
        this.disabled = metrics.counter("webhooks.endpoints.disabled");
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${payorcontracts.webhooks.poll-interval:250ms}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!config.enabled()) {
            return;
        }
        try {
            while (!stopping && sendBatch() == config.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook sender pass failed, trying again at the next poll: %s", e.getMessage());
        }
    }

    /** Claims, sends and records one batch; answers how many deliveries it held. */
    int sendBatch() {
        Instant now = clock.instant();
        List<WebhookRepository.Due> due = webhooks.claim(now, now.plus(config.lease()), config.batchSize());
        if (due.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Attempt>> attempts = new ArrayList<>(due.size());
        for (WebhookRepository.Due delivery : due) {
            attempts.add(send(delivery));
        }
        List<Attempt> done = attempts.stream().map(CompletableFuture::join).toList();
        jdbc.inTransaction(connection -> {
            for (Attempt attempt : done) {
                record(connection, attempt);
            }
            return null;
        });
        return due.size();
    }

    private record Attempt(WebhookRepository.Due due, Instant at, Integer status, String error, Integer latencyMs) {
    }

    private CompletableFuture<Attempt> send(WebhookRepository.Due due) {
        Instant at = clock.instant();
        URI target;
        try {
            target = checkedTarget(due.endpoint().url());
        } catch (RemoteFiles.RefusedUrl e) {
            return CompletableFuture.completedFuture(new Attempt(due, at, null, "target refused: the URL " + e.getMessage(), null));
        }
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(config.requestTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "payorcontracts-webhooks/1")
                .header("webhook-id", due.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(due.endpoint().signingSecrets(at), due.messageId(),
                        timestamp, due.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(due.body()))
                .build();
        long started = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        String message = cause.getClass().getSimpleName()
                                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                        return new Attempt(due, at, null, message, latency);
                    }
                    return new Attempt(due, at, response.statusCode(), null, latency);
                });
    }

    /** The endpoint's URL checked again at every send (a host may resolve elsewhere since it was registered). */
    URI checkedTarget(String url) {
        WebhooksConfig.Targets targets = config.targets();
        URI uri = RemoteFiles.check(url, targets.allowLoopback(), targets.allowPrivate());
        if (!targets.allowHttp() && !"https".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new RemoteFiles.RefusedUrl("must be an https URL");
        }
        return uri;
    }

    private void record(java.sql.Connection connection, Attempt attempt) throws java.sql.SQLException {
        WebhookRepository.Due due = attempt.due();
        Instant finished = attempt.at().plusMillis(attempt.latencyMs() == null ? 0 : attempt.latencyMs());
        AttemptOutcome outcome = attempt.status() == null ? AttemptOutcome.FAILED : AttemptOutcome.ofStatus(attempt.status());
        metrics.counter("webhooks.attempts", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        if (outcome == AttemptOutcome.DELIVERED) {
            webhooks.delivered(connection, due, finished, attempt.status(), attempt.latencyMs());
            lag.record(Duration.between(due.causedAt(), finished));
            return;
        }
        Instant next = outcome == AttemptOutcome.GONE ? null : schedule.nextAttempt(due.retryFrom(), finished,
                due.attempts() + 1, ThreadLocalRandom.current().nextDouble()).orElse(null);
        String error = attempt.error() != null ? attempt.error() : "HTTP " + attempt.status();
        int failures = webhooks.failed(connection, due, finished, attempt.status(), abbreviated(error), attempt.latencyMs(), next);
        if (outcome.disables(failures, config.disableAfterFailures())) {
            String reason = outcome == AttemptOutcome.GONE ? "the endpoint answered 410 Gone"
                    : failures + " consecutive failed attempts, the last: " + abbreviated(error);
            if (webhooks.disable(connection, due.endpoint().id(), reason, finished)) {
                disabled.increment();
                // The alert: disabled_at raises WEBHOOK_ENDPOINT_DISABLED in /api/v1/alerts until it is re-enabled.
                LOG.warnf("webhook endpoint %s disabled: %s", due.endpoint().id(), reason);
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
