package com.payorcontracts.analytics.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.payorcontracts.analytics.repository.BenchmarkRepository;
import com.payorcontracts.analytics.service.BenchmarkService;
import com.payorcontracts.analytics.service.ContractBenchmarks;
import com.payorcontracts.analytics.service.Jobs;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.transparency.TableOfContentsReader;
import com.payorcontracts.transparency.benchmark.Benchmark;
import com.payorcontracts.transparency.benchmark.CodeComparison;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Market benchmarks from payors' Transparency-in-Coverage files: imports, per-payor sets, the market across payors. */
@Path("/api/v1/analytics/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market benchmarks", description = "analytics-service: what payors pay others, code by code, from their "
        + "Transparency-in-Coverage in-network-rates files")
public class BenchmarkResource {

    /** An import of a file the service fetches. */
    @Schema(example = "{\"payor\": \"Acme Health\", \"url\": \"https://example.com/2026-01_in-network-rates.json.gz\", "
            + "\"codes\": [\"99213\", \"99214\"], \"tins\": [], \"npis\": []}")
    public record ImportRequest(String payor, String url, List<String> codes, List<String> tins, List<Long> npis,
                                UUID referenceScheduleId) {
    }

    /** An import and, once published, its version and what the file held. */
    public record ImportResponse(UUID id, @Schema(nullable = true) UUID jobId, String payor, String state,
                                 @Schema(nullable = true) Integer version, @Schema(nullable = true) String source,
                                 @Schema(nullable = true) UUID referenceScheduleId,
                                 @Schema(nullable = true) String reportingEntity,
                                 @Schema(nullable = true) String planName, @Schema(nullable = true) String planId,
                                 @Schema(nullable = true) String lastUpdatedOn, @Schema(nullable = true) String fileVersion,
                                 @JsonRawValue @Schema(nullable = true, type = SchemaType.OBJECT) String summary,
                                 Instant createdAt, @Schema(nullable = true) Instant publishedAt) {
    }

    /** The market for one code x billing class x site x modifier; amounts in dollars to the cent. */
    public record BenchmarkResponse(String payor, @Schema(nullable = true) Integer version, String code,
                                    @Schema(nullable = true) String billingClass, @Schema(nullable = true) String site,
                                    @Schema(nullable = true) String modifier, @Schema(nullable = true) BigDecimal p10,
                                    @Schema(nullable = true) BigDecimal p25, @Schema(nullable = true) BigDecimal p50,
                                    @Schema(nullable = true) BigDecimal p75,
                                    @Schema(nullable = true) BigDecimal p90,
                                    @Schema(nullable = true) BigDecimal mean, int rates, int providers, int implausible,
                                    @Schema(nullable = true) BigDecimal medicare) {
        static BenchmarkResponse of(Benchmark b, Integer version) {
            return new BenchmarkResponse(b.payor(), version, b.key().code(), b.key().billingClass().name(),
                    b.key().site().name(), b.key().modifier(), b.p10(), b.p25(), b.p50(), b.p75(), b.p90(), b.mean(),
                    b.rates(), b.providers(), b.implausible(), b.medicare());
        }
    }

    /**
     * One code against the market. For a contract: its rate for one unit, the trailing twelve months' units,
     * and the opportunity volume x (p50 - own rate) when below p50. For a payor: its median TIN rate, volume 0.
     */
    public record CodeComparisonResponse(String code, @Schema(nullable = true) String billingClass,
                                         @Schema(nullable = true) String site,
                                         @Schema(nullable = true) String modifier, long volume,
                                         @Schema(nullable = true) BigDecimal ownRate,
                                         @Schema(nullable = true) BigDecimal medicare,
                                         @Schema(nullable = true) BigDecimal p10, @Schema(nullable = true) BigDecimal p25,
                                         @Schema(nullable = true) BigDecimal p50,
                                         @Schema(nullable = true) BigDecimal p75,
                                         @Schema(nullable = true) BigDecimal p90, int marketRates,
                                         @Schema(nullable = true) BigDecimal percentileRank,
                                         @Schema(nullable = true) BigDecimal opportunity) {
        static CodeComparisonResponse of(CodeComparison c) {
            return new CodeComparisonResponse(c.key().code(), c.key().billingClass().name(), c.key().site().name(),
                    c.key().modifier(), c.volume(), c.ownRate(), c.medicare(), c.p10(), c.p25(), c.p50(), c.p75(), c.p90(),
                    c.marketRates(), c.rank(), c.opportunity());
        }
    }

    /** A contract against the market, with the total opportunity over every code (not only this page's). */
    public record ContractComparisonResponse(UUID contractId, LocalDate asOf, LocalDate volumeAfter,
                                             BigDecimal totalOpportunity, PageResponse<CodeComparisonResponse> codes) {
    }

    /**
     * A negotiation proposal against the market: its rates priced on its effective date ({@code pricedOn}),
     * volumes of the twelve months up to {@code asOf}, the total opportunity over every code.
     */
    public record ProposalComparisonResponse(UUID negotiationId, UUID proposalId, UUID contractId, int round,
                                             @Schema(description = "US or PAYOR") String from, LocalDate pricedOn,
                                             LocalDate asOf, LocalDate volumeAfter, BigDecimal totalOpportunity,
                                             PageResponse<CodeComparisonResponse> codes) {
    }

    private final BenchmarkService benchmarks;
    private final ContractBenchmarks contracts;
    private final Jobs jobs;

    BenchmarkResource(BenchmarkService benchmarks, ContractBenchmarks contracts, Jobs jobs) {
        this.benchmarks = benchmarks;
        this.contracts = contracts;
        this.jobs = jobs;
    }

    @GET
    @Path("/contracts/{contractId}")
    @Operation(operationId = "compareContractWithMarket", summary = "A contract's rates against the market, code by code: "
            + "own rate (priced by the pricing engine), Medicare, p10-p90, percentile rank, opportunity and its total")
    public ContractComparisonResponse compareContract(@PathParam("contractId") UUID contractId,
                                                      @QueryParam("asOf") LocalDate asOf,
                                                      @QueryParam("payor") List<String> payors,
                                                      @QueryParam("code") List<String> codes,
                                                      @BeanParam @Valid PageRequest page) {
        ContractBenchmarks.Comparison c = contracts.compare(contractId, asOf == null ? LocalDate.now() : asOf,
                payors == null ? List.of() : payors, codes == null ? List.of() : codes);
        return new ContractComparisonResponse(c.contractId(), c.asOf(), c.volumeAfter(), c.totalOpportunity(),
                page(c.codes(), page, CodeComparisonResponse::of));
    }

    @GET
    @Path("/negotiations/{negotiationId}/proposals/{proposalId}")
    @Operation(operationId = "compareProposalWithMarket", summary = "A negotiation proposal's rates against the market, "
            + "code by code, as for its contract: proposed rate (priced by the pricing engine on the proposal's date), "
            + "Medicare, p10-p90, percentile rank, opportunity and its total; never a walk-away floor")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "No such proposal of the negotiation (analytics has it from negotiation-changed)")
    @APIResponse(responseCode = "422", description = "The contract has no terms the proposal can change")
    public ProposalComparisonResponse compareProposal(@PathParam("negotiationId") UUID negotiationId,
                                                      @PathParam("proposalId") UUID proposalId,
                                                      @QueryParam("asOf") LocalDate asOf,
                                                      @QueryParam("payor") List<String> payors,
                                                      @QueryParam("code") List<String> codes,
                                                      @BeanParam @Valid PageRequest page) {
        ContractBenchmarks.ProposalComparison p = contracts.compareProposal(negotiationId, proposalId,
                asOf == null ? LocalDate.now() : asOf, payors == null ? List.of() : payors, codes == null ? List.of() : codes);
        ContractBenchmarks.Comparison c = p.comparison();
        return new ProposalComparisonResponse(p.proposal().negotiationId(), p.proposal().proposalId(), c.contractId(),
                p.proposal().proposal().round(), p.proposal().proposal().from(), p.pricedOn(), c.asOf(), c.volumeAfter(),
                c.totalOpportunity(), page(c.codes(), page, CodeComparisonResponse::of));
    }

    @GET
    @Path("/payors")
    @Operation(operationId = "comparePayorWithOthers", summary = "One payor's published rates against every other payor's, "
            + "code by code: its median rate, the others' p10-p90 and its percentile rank")
    public PageResponse<CodeComparisonResponse> comparePayor(@QueryParam("payor") String payor,
                                                             @QueryParam("code") List<String> codes,
                                                             @BeanParam @Valid PageRequest page) {
        if (payor == null || payor.isBlank()) {
            throw ApiException.invalidField("payor", "is required");
        }
        if (codes == null || codes.isEmpty()) {
            throw ApiException.invalidField("code", "is required (repeat it for several codes)");
        }
        return page(benchmarks.payorAgainstOthers(payor, codes), page, CodeComparisonResponse::of);
    }

    /** One page of a list computed whole (comparisons and market rows are per code, so such lists stay short). */
    private static <E, T> PageResponse<T> page(List<E> all, PageRequest page, java.util.function.Function<E, T> toDto) {
        List<E> slice = all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.size(), all.size()));
        return PageResponse.of(slice, page, all.size(), toDto);
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importBenchmarksFromUrl", summary = "Import a payor's in-network-rates file that the "
            + "service fetches (http/https), keeping the codes and providers asked for, as a job")
    @APIResponse(responseCode = "202", description = JobResource.ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, e.g. a URL to a private address")
    public Response importUrl(ImportRequest request) {
        if (request == null) {
            throw ApiException.invalidField("payor", "is required");
        }
        UUID job = benchmarks.importUrl(new BenchmarkService.ImportSpec(request.payor(), request.url(),
                set(request.codes()), set(request.tins()), set(request.npis()), request.referenceScheduleId()));
        return JobResource.accepted(jobs.get(job));
    }

    @POST
    @Path("/imports/upload")
    @Consumes({MediaType.APPLICATION_JSON, "application/gzip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importBenchmarksFromUpload", summary = "Import an uploaded in-network-rates file "
            + "(JSON, plain or gzip), streamed while it arrives, as a job")
    @APIResponse(responseCode = "202", description = JobResource.ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/gzip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response importUpload(InputStream body, @QueryParam("payor") String payor, @QueryParam("code") List<String> codes,
                                 @QueryParam("tin") List<String> tins, @QueryParam("npi") List<Long> npis,
                                 @QueryParam("referenceScheduleId") UUID referenceScheduleId) {
        UUID job = benchmarks.importUpload(new BenchmarkService.ImportSpec(payor, null, set(codes), set(tins), set(npis),
                referenceScheduleId), body);
        return JobResource.accepted(jobs.get(job));
    }

    @GET
    @Path("/imports")
    @Operation(operationId = "listBenchmarkImports", summary = "Imports, newest first: LOADING, PUBLISHED (the set served) or SUPERSEDED")
    public PageResponse<ImportResponse> imports(@QueryParam("payor") String payor, @BeanParam @Valid PageRequest page) {
        return PageResponse.of(benchmarks.imports(payor, page), page, benchmarks.countImports(payor), BenchmarkResource::importResponse);
    }

    @GET
    @Operation(operationId = "listBenchmarks", summary = "Each payor's published benchmarks: p10-p90, mean, rates, providers, "
            + "per code, billing class, site and modifier")
    public PageResponse<BenchmarkResponse> list(@QueryParam("payor") String payor, @QueryParam("code") String code,
                                                @BeanParam @Valid PageRequest page) {
        return PageResponse.of(benchmarks.benchmarks(payor, code, page), page, benchmarks.countBenchmarks(payor, code),
                b -> BenchmarkResponse.of(b.benchmark(), b.version()));
    }

    @GET
    @Path("/market")
    @Operation(operationId = "marketBenchmarks", summary = "The market across payors' published sets (every payor, "
            + "or those named with payor=), for some codes")
    public PageResponse<BenchmarkResponse> market(@QueryParam("code") List<String> codes,
                                                  @QueryParam("payor") List<String> payors,
                                                  @QueryParam("referenceScheduleId") UUID referenceScheduleId,
                                                  @BeanParam @Valid PageRequest page) {
        if (codes == null || codes.isEmpty()) {
            throw ApiException.invalidField("code", "is required (repeat it for several codes)");
        }
        if (codes.size() > PageRequest.MAX_SIZE) {
            throw ApiException.invalidField("code", "at most " + PageRequest.MAX_SIZE + " codes");
        }
        return page(benchmarks.market(codes, payors == null ? List.of() : payors, referenceScheduleId), page,
                b -> BenchmarkResponse.of(b, null));
    }

    @POST
    @Path("/table-of-contents")
    @Consumes({MediaType.APPLICATION_JSON, "application/gzip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "readTableOfContents", summary = "A payor's table-of-contents file: its plans and their "
            + "in-network files, to choose which to import")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "422", description = "The file cannot be read; the detail names the byte offset and JSON path")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/gzip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public List<TableOfContentsReader.ReportingStructure> tableOfContents(InputStream body) {
        return benchmarks.tableOfContents(body);
    }

    private static <T> Set<T> set(List<T> values) {
        Set<T> out = new HashSet<>();
        if (values != null) {
            for (T value : values) {
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    private static ImportResponse importResponse(BenchmarkRepository.StoredImport i) {
        return new ImportResponse(i.id(), i.jobId(), i.payor(), i.state(), i.version(), i.source(), i.referenceScheduleId(),
                i.reportingEntity(), i.planName(), i.planId(), i.lastUpdatedOn(), i.fileVersion(), i.summary(),
                i.createdAt(), i.publishedAt());
    }
}
