package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.repository.BenchmarkRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.transparency.TableOfContentsReader;
import com.payorcontracts.transparency.TicReadException;
import com.payorcontracts.transparency.benchmark.Benchmark;
import com.payorcontracts.transparency.benchmark.BenchmarkCalculator;
import com.payorcontracts.transparency.benchmark.BenchmarkKey;
import com.payorcontracts.transparency.benchmark.CodeComparison;
import com.payorcontracts.transparency.benchmark.MarketRate;
import com.payorcontracts.transparency.benchmark.MedicareRates;
import com.payorcontracts.transparency.benchmark.Percentiles;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Starts imports of payors' TiC files and answers what the market pays. */
@ApplicationScoped
public class BenchmarkService {

    // CPT (five digits, or four and F/T/U) and HCPCS Level II (a letter and four digits).
    private static final Pattern CODE = Pattern.compile("[0-9]{4}[0-9FTU]|[A-Z][0-9]{4}");
    private static final Pattern TIN = Pattern.compile("[0-9]{2}-?[0-9]{7}|[1-9][0-9]{9}");
    /** Most codes one import may filter on. */
    static final int MAX_CODES = 5000;

    private final Jobs jobs;
    private final JobUploads uploads;
    private final RemoteFiles remoteFiles;
    private final BenchmarkRepository repository;

    BenchmarkService(Jobs jobs, JobUploads uploads, RemoteFiles remoteFiles, BenchmarkRepository repository) {
        this.jobs = jobs;
        this.uploads = uploads;
        this.remoteFiles = remoteFiles;
        this.repository = repository;
    }

    /** What to import and how to filter it. */
    public record ImportSpec(String payor, String url, Set<String> codes, Set<String> tins, Set<Long> npis,
                             UUID referenceScheduleId) {
    }

    /** Queues an import of a file to fetch; the URL is checked first (400 naming {@code url}). */
    public UUID importUrl(ImportSpec spec) {
        validate(spec);
        if (spec.url() == null || spec.url().isBlank()) {
            throw ApiException.invalidField("url", "is required");
        }
        try {
            remoteFiles.check(spec.url());
        } catch (RemoteFiles.RefusedUrl e) {
            throw ApiException.invalidField("url", e.getMessage());
        }
        return jobs.create(Jobs.Kind.TIC_IMPORT, params(spec), null);
    }

    /** Queues an import of an uploaded file, storing it as it arrives (the job reads along). */
    public UUID importUpload(ImportSpec spec, InputStream body) {
        validate(spec);
        return uploads.create(Jobs.Kind.TIC_IMPORT, params(spec), body);
    }

    private void validate(ImportSpec spec) {
        if (spec.payor() == null || spec.payor().isBlank()) {
            throw ApiException.invalidField("payor", "is required: the payor the benchmark set belongs to");
        }
        if (spec.payor().length() > 200) {
            throw ApiException.invalidField("payor", "must be at most 200 characters");
        }
        if (spec.codes().size() > MAX_CODES) {
            throw ApiException.invalidField("codes", "must list at most " + MAX_CODES + " codes");
        }
        for (String code : spec.codes()) {
            if (!CODE.matcher(code).matches()) {
                throw ApiException.invalidField("codes", "'" + code + "' is not a CPT or HCPCS code");
            }
        }
        for (String tin : spec.tins()) {
            if (!TIN.matcher(tin).matches()) {
                throw ApiException.invalidField("tins", "'" + tin + "' is not an EIN (12-3456789) or an NPI");
            }
        }
        for (Long npi : spec.npis()) {
            if (npi == null || npi < 1_000_000_000L || npi > 9_999_999_999L) {
                throw ApiException.invalidField("npis", "'" + npi + "' is not a 10-digit NPI");
            }
        }
        if (spec.referenceScheduleId() != null && repository.medicare(spec.referenceScheduleId()).isEmpty()) {
            throw ApiException.invalidField("referenceScheduleId", "no such reference schedule");
        }
    }

    private static java.util.Map<String, Object> params(ImportSpec spec) {
        return new BenchmarkImportJob.ImportParams(spec.payor().trim(), spec.url(), spec.codes(), spec.tins(), spec.npis(),
                spec.referenceScheduleId()).toMap();
    }

    public List<BenchmarkRepository.StoredImport> imports(String payor, PageRequest page) {
        return repository.imports(payor, page.offset(), page.size());
    }

    public long countImports(String payor) {
        return repository.countImports(payor);
    }

    public List<BenchmarkRepository.StoredBenchmark> benchmarks(String payor, String code, PageRequest page) {
        return repository.benchmarks(payor, code, page.offset(), page.size());
    }

    public long countBenchmarks(String payor, String code) {
        return repository.countBenchmarks(payor, code);
    }

    /**
     * The market across the published sets of the payors listed (every payor when none is) for some
     * codes: one benchmark per key (payor null), rates checked against the given Medicare schedule, if any.
     */
    public List<Benchmark> market(List<String> codes, List<String> payors, UUID referenceScheduleId) {
        MedicareRates medicare = MedicareRates.NONE;
        if (referenceScheduleId != null) {
            medicare = repository.medicare(referenceScheduleId)
                    .orElseThrow(() -> ApiException.invalidField("referenceScheduleId", "no such reference schedule"));
        }
        if (!payors.isEmpty() || referenceScheduleId != null) {
            return sorted(computed(codes, payors, medicare));
        }
        // Every payor, no Medicare check: computed when each set was published. Codes with no stored row
        // (sets published before V140, or codes no file holds) are computed from the rates.
        List<Benchmark> out = new ArrayList<>(repository.storedMarket(codes));
        Set<String> stored = new java.util.HashSet<>();
        out.forEach(b -> stored.add(b.key().code()));
        List<String> missing = codes.stream().filter(c -> !stored.contains(c)).distinct().toList();
        if (!missing.isEmpty()) {
            out.addAll(computed(missing, payors, medicare));
        }
        return sorted(out);
    }

    private List<Benchmark> computed(List<String> codes, List<String> payors, MedicareRates medicare) {
        return BenchmarkCalculator.compute(repository.publishedRates(codes, payors), medicare).stream()
                .filter(b -> b.payor() == null).toList();
    }

    /** By code, then class, site and modifier by name: the order of the stored benchmarks. */
    private static List<Benchmark> sorted(List<Benchmark> benchmarks) {
        return benchmarks.stream().sorted(Comparator.comparing((Benchmark b) -> b.key().code())
                .thenComparing(b -> b.key().billingClass().name()).thenComparing(b -> b.key().site().name())
                .thenComparing(b -> b.key().modifier())).toList();
    }

    /**
     * One payor against the others: per key of the payor's published rates for the codes, the payor's
     * median TIN rate ranked in the market of every other payor's published rates.
     */
    public List<CodeComparison> payorAgainstOthers(String payor, List<String> codes) {
        List<MarketRate> all = repository.publishedRates(codes, List.of());
        List<MarketRate> own = all.stream().filter(r -> r.payor().equals(payor)).toList();
        if (own.isEmpty()) {
            throw ApiException.notFound("published benchmark set for payor", payor);
        }
        Map<BenchmarkKey, List<BigDecimal>> others = BenchmarkCalculator.marketAmounts(
                all.stream().filter(r -> !r.payor().equals(payor)).toList(), MedicareRates.NONE);
        Map<BenchmarkKey, List<BigDecimal>> mine = BenchmarkCalculator.marketAmounts(own, MedicareRates.NONE);
        List<CodeComparison> rows = new ArrayList<>();
        mine.entrySet().stream()
                // Same order as the stored benchmarks: by code, then class, site and modifier by name.
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(BenchmarkKey::code)
                        .thenComparing(k -> k.billingClass().name()).thenComparing(k -> k.site().name())
                        .thenComparing(BenchmarkKey::modifier)))
                .forEach(e -> rows.add(CodeComparison.of(e.getKey(), 0, Percentiles.of(e.getValue(), 50), null,
                        others.getOrDefault(e.getKey(), List.of()))));
        return rows;
    }

    /** Reads a table-of-contents file: its plans and their in-network files (422 naming where it is bad). */
    public List<TableOfContentsReader.ReportingStructure> tableOfContents(InputStream body) {
        try {
            return TableOfContentsReader.readAll(body);
        } catch (TicReadException e) {
            throw ApiException.unprocessable("the table of contents cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
