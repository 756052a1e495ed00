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

/**
 * Ingests a CSV claim history in chunks of whole claims. Each chunk's claims and the job's
 * progress (rows done, errors, counts) commit together, so a job resumed after a crash skips
 * exactly the rows already counted; and because claims have natural keys, even a re-run of the
 * same rows counts nothing twice. Afterwards the new claims are repriced (a REPRICE job).
 */
@ApplicationScoped
public class ClaimCsvJob implements JobHandler {

    private final Jobs jobs;
    private final Jdbc jdbc;
    private final ClaimIngest ingest;
    private final TermsCatalog catalog;
    private final AnalyticsConfig config;
    private final Clock clock;

    ClaimCsvJob(Jobs jobs, Jdbc jdbc, ClaimIngest ingest, TermsCatalog catalog, AnalyticsConfig config, Clock clock) {
        this.jobs = jobs;
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

    @Override
    public void run(Jobs.Job job) {
        Map<String, Object> result = Jobs.result();
        for (String counter : List.of("claimsCreated", "duplicates", "conflicts", "rejected", "unmatchedContracts")) {
            Object earlier = job.result() == null ? null : job.result().get(counter);
            result.put(counter, earlier == null ? 0L : ((Number) earlier).longValue());
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jobs.input(job.id()), StandardCharsets.UTF_8), 1 << 16)) {
            ClaimCsv csv;
            try {
                csv = new ClaimCsv(in.readLine());
            } catch (IllegalArgumentException e) {
                jobs.finish(job.id(), Jobs.State.FAILED, result, List.of(new Jobs.JobError(1L, null, e.getMessage())));
                return;
            }
            long dataRow = 0;
            // Resume: the rows counted done were committed together with their claims.
            while (dataRow < job.rowsDone() && in.readLine() != null) {
                dataRow++;
            }
            List<ClaimCsv.Row> claimRows = new ArrayList<>();
            List<ClaimInput> chunk = new ArrayList<>();
            List<Jobs.JobError> errors = Jobs.errors();
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
                if (!claimRows.isEmpty() && (next == null || !next.claimKey().equals(claimRows.get(0).claimKey()))) {
                    long lastRow = claimRows.get(claimRows.size() - 1).number;
                    ClaimInput claim = csv.claim(claimRows, errors);
                    if (claim != null) {
                        chunk.add(claim);
                    } else {
                        result.merge("rejected", 1L, (a, b) -> (Long) a + (Long) b);
                    }
                    chunkLines += claimRows.size();
                    claimRows.clear();
                    if (chunkLines >= config.jobs().chunkRows()) {
                        commit(job, chunk, lastRow, null, errors, result);
                        chunk.clear();
                        errors = Jobs.errors();
                        chunkLines = 0;
                    }
                }
                if (next == null) {
                    break;
                }
                claimRows.add(next);
            }
            commit(job, chunk, dataRow, dataRow, errors, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.put("repriceJobId", null);
        if (config.repriceAfterImport() && ((Long) result.get("claimsCreated")) > 0) {
            result.put("repriceJobId", jobs.create(Jobs.Kind.REPRICE, Map.of("scope", "CLAIM_JOB", "id", job.id().toString()), null));
        }
        jobs.finish(job.id(), Jobs.State.SUCCEEDED, result, List.of());
    }

    private void commit(Jobs.Job job, List<ClaimInput> chunk, long rowsDone, Long rowsTotal, List<Jobs.JobError> errors,
                        Map<String, Object> result) {
        Instant now = Instant.now(clock);
        TermsCatalog.Snapshot terms = catalog.current();
        jdbc.inTransaction(connection -> {
            Map<String, Object> counted = new java.util.LinkedHashMap<>(result);
            List<Jobs.JobError> chunkErrors = new ArrayList<>(errors);
            if (!chunk.isEmpty()) {
                for (ClaimIngest.Result outcome : ingest.write(connection, chunk, terms, job.id(), now)) {
                    String counter = switch (outcome.outcome()) {
                        case CREATED -> "claimsCreated";
                        case DUPLICATE -> "duplicates";
                        case CONFLICT -> "conflicts";
                    };
                    counted.merge(counter, 1L, (a, b) -> (Long) a + (Long) b);
                    if (outcome.outcome() == ClaimIngest.Outcome.CREATED
                            && outcome.contractMatch() == ClaimIngest.ContractMatch.UNMATCHED) {
                        counted.merge("unmatchedContracts", 1L, (a, b) -> (Long) a + (Long) b);
                    }
                    if (outcome.outcome() == ClaimIngest.Outcome.CONFLICT) {
                        chunkErrors.add(new Jobs.JobError(null, "claim_id", "claim " + outcome.claimId() + " of payor "
                                + outcome.payorId() + " exists with other content; not changed"));
                    }
                }
            }
            jobs.progress(connection, job.id(), rowsDone, rowsTotal, chunkErrors, counted);
            result.putAll(counted);
            return null;
        });
    }
}
