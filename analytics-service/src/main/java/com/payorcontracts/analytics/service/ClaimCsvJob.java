package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.AnalyticsConfig;
import com.payorcontracts.analytics.repository.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ingests a CSV claim history in chunks of whole claims. Each chunk's claims and the job's
 * progress (rows done, errors, counts) commit together, so a job resumed after a crash skips
 * exactly the rows already counted; and because claims have natural keys, even a re-run of the
 * same rows counts nothing twice. Afterwards the new claims are repriced (a REPRICE job).
 */
@ApplicationScoped
public class ClaimCsvJob implements JobHandler {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ClaimCsvJob.class);

    private final Jobs jobs;
    private final JobUploads uploads;
    private final Jdbc jdbc;
    private final ClaimIngest ingest;
    private final TermsCatalog catalog;
    private final AnalyticsConfig config;
    private final Clock clock;

    ClaimCsvJob(Jobs jobs, JobUploads uploads, Jdbc jdbc, ClaimIngest ingest, TermsCatalog catalog, AnalyticsConfig config,
                Clock clock) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.ingest = ingest;
        this.catalog = catalog;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Jobs.Kind kind() {
        return Jobs.Kind.CLAIMS_CSV;
    }

    /** A chunk read, checked and prepared, or the end of the input (batch null), or a failure. */
    private record Chunk(ClaimIngest.Batch batch, List<Long> firstRows, long rowsDone, Long rowsTotal,
                         List<Jobs.JobError> errors, long rejected, RuntimeException failure) {
        boolean last() {
            return rowsTotal != null || failure != null;
        }
    }

    @Override
    public void run(Jobs.Job job) {
        prepareNanos = 0;
        writeNanos = 0;
        Map<String, Object> result = Jobs.result();
        for (String counter : List.of("claimsCreated", "duplicates", "conflicts", "rejected", "unmatchedContracts",
                "replaced", "voided", "unknownClaims")) {
            Object earlier = job.result() == null ? null : job.result().get(counter);
            result.put(counter, earlier == null ? 0L : ((Number) earlier).longValue());
        }
        // Reading, checking and preparing the next chunk overlaps with writing this one.
        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread reader = new Thread(() -> read(job, chunks, cancelled), "csv-reader-" + job.id());
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Chunk chunk = chunks.take();
                if (chunk.failure() != null) {
                    if (chunk.failure() instanceof IllegalArgumentException header) {
                        jobs.finish(job.id(), Jobs.State.FAILED, result, List.of(new Jobs.JobError(1L, null, header.getMessage())));
                        return;
                    }
                    throw chunk.failure();
                }
                result.merge("rejected", chunk.rejected(), (a, b) -> (Long) a + (Long) b);
                commit(job, chunk, result);
                if (chunk.last()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            cancelled.set(true);
        }
        LOG.infof("CSV import %s: preparing %d ms, writing %d ms (beside each other)", job.id(),
                prepareNanos / 1_000_000, writeNanos / 1_000_000);
        result.put("repriceJobId", null);
        if (config.repriceAfterImport() && ((Long) result.get("claimsCreated")) + ((Long) result.get("replaced")) > 0) {
            result.put("repriceJobId", jobs.create(Jobs.Kind.REPRICE, RepriceScope.claimJob(job.id()).params(), null));
        }
        jobs.finish(job.id(), Jobs.State.SUCCEEDED, result, List.of());
    }

    /** The claims a failed or dead run already committed are priced all the same, as a finished run's would be. */
    @Override
    public java.util.Optional<RepriceScope> toPriceIfFailed(Jobs.Job job) {
        return config.repriceAfterImport() ? java.util.Optional.of(RepriceScope.claimJob(job.id())) : java.util.Optional.empty();
    }

    private void read(Jobs.Job job, BlockingQueue<Chunk> chunks, AtomicBoolean cancelled) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(uploads.input(job.id()), StandardCharsets.UTF_8), 1 << 16)) {
            ClaimCsv csv = new ClaimCsv(in.readLine());
            long dataRow = 0;
            // Resume: the rows counted done were committed together with their claims.
            while (dataRow < job.rowsDone() && in.readLine() != null) {
                dataRow++;
            }
            List<ClaimCsv.Row> claimRows = new ArrayList<>();
            List<ClaimInput> claims = new ArrayList<>();
            List<Long> firstRows = new ArrayList<>();
            List<Jobs.JobError> errors = Jobs.errors();
            long rejected = 0;
            int chunkLines = 0;
            while (true) {
                String line = in.readLine();
                ClaimCsv.Row next = null;
                if (line != null) {
                    dataRow++;
                    if (line.isBlank()) {
                        continue;
                    }
                    next = csv.row(dataRow, line);
                }
                if (!claimRows.isEmpty() && (next == null || !next.sameClaim(claimRows.get(0)))) {
                    long lastRow = claimRows.get(claimRows.size() - 1).number;
                    ClaimInput claim = csv.claim(claimRows, errors);
                    if (claim != null) {
                        claims.add(claim);
                        firstRows.add(claimRows.get(0).number);
                    } else {
                        rejected++;
                    }
                    chunkLines += claimRows.size();
                    claimRows.clear();
                    if (chunkLines >= config.jobs().chunkRows()) {
                        put(chunks, cancelled, new Chunk(prepare(job, claims), firstRows, lastRow, null, errors, rejected, null));
                        claims = new ArrayList<>();
                        firstRows = new ArrayList<>();
                        errors = Jobs.errors();
                        rejected = 0;
                        chunkLines = 0;
                    }
                }
                if (next == null) {
                    break;
                }
                claimRows.add(next);
            }
            put(chunks, cancelled, new Chunk(prepare(job, claims), firstRows, dataRow, dataRow, errors, rejected, null));
        } catch (IOException e) {
            put(chunks, cancelled, new Chunk(null, List.of(), 0, null, List.of(), 0, new UncheckedIOException(e)));
        } catch (RuntimeException e) {
            put(chunks, cancelled, new Chunk(null, List.of(), 0, null, List.of(), 0, e));
        }
    }

    private ClaimIngest.Batch prepare(Jobs.Job job, List<ClaimInput> claims) {
        long started = System.nanoTime();
        ClaimIngest.Batch batch = ingest.prepare(claims, catalog.current(), job.id(), Instant.now(clock));
        prepareNanos += System.nanoTime() - started;
        return batch;
    }

    // Where the time of the last import went, for the log: preparing runs beside writing.
    private volatile long prepareNanos;
    private volatile long writeNanos;

    private static void put(BlockingQueue<Chunk> chunks, AtomicBoolean cancelled, Chunk chunk) {
        try {
            while (!cancelled.get() && !chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                // the writer is busy; wait unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commit(Jobs.Job job, Chunk chunk, Map<String, Object> result) {
        long started = System.nanoTime();
        jdbc.inTransaction(connection -> {
            Map<String, Object> counted = new java.util.LinkedHashMap<>(result);
            List<Jobs.JobError> chunkErrors = new ArrayList<>(chunk.errors());
            if (chunk.batch().size() > 0) {
                List<ClaimIngest.Result> outcomes = ingest.write(connection, chunk.batch());
                for (int i = 0; i < outcomes.size(); i++) {
                    ClaimIngest.Result outcome = outcomes.get(i);
                    Long row = chunk.firstRows().get(i);
                    String counter = switch (outcome.outcome()) {
                        case CREATED -> "claimsCreated";
                        case DUPLICATE -> "duplicates";
                        case CONFLICT -> "conflicts";
                        case REPLACED -> "replaced";
                        case VOIDED -> "voided";
                        case UNKNOWN_CLAIM -> "unknownClaims";
                    };
                    counted.merge(counter, 1L, (a, b) -> (Long) a + (Long) b);
                    if (outcome.outcome() == ClaimIngest.Outcome.CREATED
                            && outcome.contractMatch() == ClaimIngest.ContractMatch.UNMATCHED) {
                        counted.merge("unmatchedContracts", 1L, (a, b) -> (Long) a + (Long) b);
                    }
                    if (outcome.outcome() == ClaimIngest.Outcome.CONFLICT) {
                        chunkErrors.add(new Jobs.JobError(row, "claim_id", "claim " + outcome.claimId() + " of payor "
                                + outcome.payorId() + " exists with other content; not changed (frequency_code 7 replaces it)"));
                    }
                    if (outcome.outcome() == ClaimIngest.Outcome.UNKNOWN_CLAIM) {
                        chunkErrors.add(new Jobs.JobError(row, "frequency_code", "replaces or voids claim " + outcome.claimId()
                                + " of payor " + outcome.payorId() + ", which was never stored; not changed"));
                    }
                }
            }
            jobs.progress(connection, job.id(), chunk.rowsDone(), chunk.rowsTotal(), chunkErrors, counted);
            result.putAll(counted);
            return null;
        });
        writeNanos += System.nanoTime() - started;
    }
}
