package com.payorcontracts.analytics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.analytics.repository.BenchmarkRepository;
import com.payorcontracts.analytics.repository.CopyText;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.transparency.InNetworkFileHeader;
import com.payorcontracts.transparency.InNetworkRatesReader;
import com.payorcontracts.transparency.MarketScope;
import com.payorcontracts.transparency.ReadOptions;
import com.payorcontracts.transparency.ReadSummary;
import com.payorcontracts.transparency.TicReadException;
import com.payorcontracts.transparency.benchmark.MarketRate;
import com.payorcontracts.transparency.benchmark.MarketRateExtractor;
import com.payorcontracts.transparency.benchmark.MedicareRates;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports one payor's in-network-rates file (uploaded, or fetched by URL) into market rates and
 * benchmarks. The rates are written with COPY and the benchmark set published in one transaction:
 * until it commits readers keep seeing the payor's previous set, and a failure leaves nothing. The
 * previous set's rates, unreachable from that commit, are deleted after it. A re-run (a replica died)
 * discards what the earlier run left and starts over.
 */
@ApplicationScoped
public class BenchmarkImportJob implements JobHandler {

    /** Market rates between two progress updates of the job. */
    private static final int PROGRESS_EVERY = 10_000;

    private final Jobs jobs;
    private final JobUploads uploads;
    private final RemoteFiles remoteFiles;
    private final BenchmarkRepository repository;
    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    BenchmarkImportJob(Jobs jobs, JobUploads uploads, RemoteFiles remoteFiles, BenchmarkRepository repository, Jdbc jdbc,
                       ObjectMapper json, Clock clock) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.remoteFiles = remoteFiles;
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Jobs.Kind kind() {
        return Jobs.Kind.TIC_IMPORT;
    }

    @Override
    public void run(Jobs.Job job) {
        ImportParams params = ImportParams.of(job.params());
        MedicareRates medicare = params.referenceScheduleId() == null ? MedicareRates.NONE
                : repository.medicare(params.referenceScheduleId()).orElseThrow(() -> new IllegalStateException(
                        "reference schedule " + params.referenceScheduleId() + " is not projected here"));
        Map<String, Object> result = Jobs.result();
        try (InputStream in = params.url() != null ? remoteFiles.open(params.url()) : uploads.input(job.id())) {
            UUID importId = UUID.randomUUID();
            Instant now = Instant.now(clock);
            jdbc.inTransaction(connection -> {
                repository.discardUnfinished(connection, job.id());
                repository.insertLoading(connection, importId, job.id(), params.payor(),
                        params.url() != null ? params.url() : "UPLOAD", params.referenceScheduleId(), now);
                MarketRateExtractor extractor = new MarketRateExtractor(params.payor());
                long started = System.nanoTime();
                long[] stored = {0};
                Set<String> codes = new HashSet<>();
                ReadSummary summary;
                try (CopyText.Stream copy = new CopyText.Stream(connection, BenchmarkRepository.RATE_COPY)) {
                    summary = InNetworkRatesReader.read(in, params.options(), rate -> {
                        for (MarketRate m : extractor.extract(rate)) {
                            codes.add(m.key().code());
                            copy.row().add(importId).add(m.key().code()).add(m.key().billingClass().name())
                                    .add(m.key().site().name()).add(m.key().modifier()).add(m.tin())
                                    .add(m.amount().toPlainString());
                            rowDone(copy);
                            if (++stored[0] % PROGRESS_EVERY == 0) {
                                jobs.progress(job.id(), stored[0], null, List.of(), Map.of());
                            }
                        }
                    });
                    copy.finish();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long read = System.nanoTime();
                result.put("readAndStoreMillis", (read - started) / 1_000_000);
                InNetworkFileHeader h = summary.header();
                // Publishing computes this payor's benchmarks and the market of the set's codes across
                // payors in one pass over the sorted rates (docs/benchmarks.md).
                BenchmarkRepository.Published published = repository.publish(connection, importId, params.payor(), codes,
                        medicare, new BenchmarkRepository.Header(h.reportingEntityName(), h.planName(), h.planId(),
                                h.lastUpdatedOn(), h.version()), keys -> {
                            describe(result, summary, extractor, stored[0], keys, importId);
                            return write(result);
                        }, Instant.now(clock));
                result.put("version", published.version());
                result.put("publishMillis", (System.nanoTime() - read) / 1_000_000);
                jobs.progress(connection, job.id(), stored[0], stored[0], List.of(), result);
                return null;
            });
        } catch (TicReadException e) {
            // The file itself is bad: say where and why, as the job's error.
            result.put("byteOffset", e.byteOffset());
            result.put("jsonPath", e.jsonPath());
            result.put("reason", e.reason());
            jobs.finish(job.id(), Jobs.State.FAILED, result,
                    List.of(new Jobs.JobError(null, e.jsonPath(), "byte " + e.byteOffset() + ": " + e.reason())));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        jobs.finish(job.id(), Jobs.State.SUCCEEDED, result, List.of());
        // The new set is served from its commit; the one it replaced is unreachable, so its rates are
        // deleted after the job ended rather than inside the publication (docs/benchmarks.md).
        repository.dropSupersededRates(params.payor());
    }

    private static void rowDone(CopyText.Stream copy) {
        try {
            copy.rowDone();
        } catch (SQLException e) {
            throw new Jdbc.DataAccessException(e);
        }
    }

    private static void describe(Map<String, Object> result, ReadSummary summary, MarketRateExtractor extractor,
                                 long stored, int keys, UUID importId) {
        result.put("importId", importId.toString());
        result.put("itemsRead", summary.itemsRead());
        result.put("itemsKept", summary.itemsKept());
        result.put("itemsOutsideCodeSet", summary.itemsOutsideCodeSet());
        result.put("skippedByCodeType", summary.skippedByCodeType());
        result.put("pricesKept", summary.ratesEmitted());
        result.put("pricesOutsideScope", summary.pricesOutsideScope());
        result.put("pricesNotDollars", extractor.notDollars());
        result.put("pricesNotFeeForService", extractor.notFeeForService());
        result.put("unresolvedReferences", summary.unresolvedReferences());
        result.put("remoteReferences", summary.remoteReferences());
        result.put("marketRates", stored);
        result.put("benchmarkKeys", keys);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a TIC_IMPORT job's params say. */
    record ImportParams(String payor, String url, Set<String> codes, Set<String> tins, Set<Long> npis,
                        UUID referenceScheduleId) {

        static ImportParams of(Map<String, Object> params) {
            Object schedule = params.get("referenceScheduleId");
            return new ImportParams(String.valueOf(params.get("payor")), (String) params.get("url"),
                    strings(params.get("codes")), strings(params.get("tins")), longs(params.get("npis")),
                    schedule == null ? null : UUID.fromString(schedule.toString()));
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            map.put("payor", payor);
            if (url != null) {
                map.put("url", url);
            }
            map.put("codes", List.copyOf(new java.util.TreeSet<>(codes)));
            map.put("tins", List.copyOf(new java.util.TreeSet<>(tins)));
            map.put("npis", List.copyOf(new java.util.TreeSet<>(npis)));
            if (referenceScheduleId != null) {
                map.put("referenceScheduleId", referenceScheduleId.toString());
            }
            return map;
        }

        ReadOptions options() {
            return new ReadOptions(codes, new MarketScope(tins, npis), null);
        }

        private static Set<String> strings(Object value) {
            Set<String> out = new HashSet<>();
            if (value instanceof Collection<?> values) {
                values.forEach(v -> out.add(v.toString()));
            }
            return out;
        }

        private static Set<Long> longs(Object value) {
            Set<Long> out = new HashSet<>();
            if (value instanceof Collection<?> values) {
                values.forEach(v -> out.add(((Number) v).longValue()));
            }
            return out;
        }
    }
}
