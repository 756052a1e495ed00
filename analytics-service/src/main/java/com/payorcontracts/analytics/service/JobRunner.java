package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AnalyticsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs one at a time on a thread of its own: queued jobs in order, and RUNNING jobs whose
 * owner stopped sending heartbeats (a replica that died or restarted), which are resumed. While a
 * job runs its heartbeat is renewed every quarter of the stale period. A job that fails is ended
 * FAILED with the repricing of what it committed queued; a job interrupted because the service
 * stops is handed back, to be resumed at once by any runner.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final Jobs jobs;
    private final JobUploads uploads;
    private final AnalyticsConfig.Jobs config;
    private final Map<Jobs.Kind, JobHandler> handlers = new EnumMap<>(Jobs.Kind.class);
    // Says which replica (pod name, process) runs a job: "analytics-<host>-<pid>-<random>".
    private final String owner = "analytics-" + System.getenv().getOrDefault("HOSTNAME", "local") + "-"
            + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private volatile UUID current;
    private Thread thread;
    private ScheduledExecutorService heartbeats;

    JobRunner(Jobs jobs, JobUploads uploads, AnalyticsConfig config, Instance<JobHandler> handlers) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.config = config.jobs();
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, config.staleAfter().toMillis() / 4);
        heartbeats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
        thread = new Thread(this::loop, "job-runner");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
    }

    private void handBack(Jobs.Job job) {
        try {
            jobs.handBack(job.id(), owner);
        } catch (RuntimeException e) {
            // It becomes stale and is resumed all the same, only later.
            LOG.warnf("Could not hand back job %s: %s", job.id(), e.getMessage());
        }
    }

    private void beat() {
        UUID id = current;
        if (id != null) {
            try {
                jobs.heartbeat(id, owner);
            } catch (RuntimeException e) {
                LOG.warnf("Heartbeat of job %s failed: %s", id, e.getMessage());
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                Optional<Jobs.Job> next = jobs.claimNext(owner, config.staleAfter(), uploads.receivingHere());
                if (next.isPresent()) {
                    run(next.get());
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.error("Job runner could not look for work", e);
            }
            try {
                jobs.awaitWork(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run(Jobs.Job job) {
        current = job.id();
        long started = System.nanoTime();
        try {
            if (job.startedAt() != null && job.rowsDone() > 0) {
                LOG.infof("Resuming %s job %s at row %d", job.kind(), job.id(), job.rowsDone());
            }
            handlers.get(job.kind()).run(job);
            LOG.infof("%s job %s done in %d ms", job.kind(), job.id(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            if (!running) {
                // Stopping (SIGTERM): the job is not broken, this replica is going away. What it
                // committed stays; another runner (or this one after its restart) resumes from there.
                LOG.infof("Handing back %s job %s: the service is stopping", job.kind(), job.id());
                handBack(job);
                return;
            }
            LOG.errorf(e, "%s job %s failed", job.kind(), job.id());
            try {
                jobs.fail(job.id(), String.valueOf(e.getMessage()), handlers.get(job.kind()).toPriceIfFailed(job));
            } catch (RuntimeException again) {
                LOG.error("Could not record the failure of job " + job.id(), again);
            }
        } finally {
            current = null;
        }
    }
}
