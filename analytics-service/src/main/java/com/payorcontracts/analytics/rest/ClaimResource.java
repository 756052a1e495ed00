package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.service.ClaimHistory;
import com.payorcontracts.analytics.service.ClaimIngest;
import com.payorcontracts.analytics.service.ClaimInput;
import com.payorcontracts.analytics.service.ClaimService;
import com.payorcontracts.analytics.service.Jobs;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.KeysetPageRequest;
import com.payorcontracts.platform.rest.PageTokenCodec;
import com.payorcontracts.platform.rest.PageTokens;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Claims: what was billed. */
@Path("/api/v1/analytics/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics claims", description = "analytics-service: claims as billed, each line with what the contract says it should pay")
public class ClaimResource {

    /** A batch of claims. */
    public record ClaimBatch(List<ClaimInput> claims) {
    }

    /** Each claim's outcome, in order, and the counts. */
    public record BatchResult(long created, long duplicates, long conflicts, long replaced, long voided,
                              List<ClaimIngest.Result> results) {
    }

    static final String POST_SUMMARY = "Store one claim (JSON): 201 new, 200 the same claim again or a replacement"
            + " (frequencyCode 7) or void (8) applied, 409 same id with other content, 422 a 7 or 8 for a claim never stored;"
            + " or import a CSV claim history (text/csv, optional column frequency_code) as a job: 202 and the job to poll";
    static final String CLAIMS_CSV = """
            claim_id,payor_id,provider_tin,patient_id,submission_date,code,modifiers,units,place_of_service,date_of_service,billed_charge
            PCN-2026-000187,3f1c2a9e-8d7b-4c1a-9f00-2b5e6d7c8a90,123456789,MRN-77,2026-03-02,64483,50,1,22,2026-03-01,2400.00
            """;

    private final ClaimService claims;
    private final Jobs jobs;
    private final Idempotency idempotency;
    private final PageTokens pageTokens;
    private final ClaimHistory history;

    ClaimResource(ClaimService claims, Jobs jobs, Idempotency idempotency, PageTokens pageTokens, ClaimHistory history) {
        this.history = history;
        this.pageTokens = pageTokens;
        this.claims = claims;
        this.jobs = jobs;
        this.idempotency = idempotency;
    }

    // post and importCsv are one operation of the OpenAPI document (same path and method, told apart
    // by Content-Type), which SmallRye merges from both methods: so both carry the same annotations.
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postClaim", summary = POST_SUMMARY)
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ClaimService.ClaimView.class)))
    @APIResponse(responseCode = "200", description = "The same claim was stored before; nothing changed",
            content = @Content(schema = @Schema(implementation = ClaimService.ClaimView.class)))
    @APIResponse(responseCode = "202", description = JobResource.ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    @APIResponse(responseCode = "409", description = "A claim with this claimId and payor exists with other content")
    @APIResponse(responseCode = "422", description = "A replacement (7) or void (8) of a claim never stored; the error names frequencyCode")
    public Response post(ClaimInput claim, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        return idempotency.postAlone(key, uri, claim, () -> {
            ClaimService.Posted posted = claims.post(claim);
            boolean created = posted.outcome() == ClaimIngest.Outcome.CREATED;
            // A replacement or void changes the claim under its own id: 200 with the claim as it now is.
            return Response.status(created ? 201 : 200).location(URI.create("/api/v1/analytics/claims/" + posted.claim().id()))
                    .entity(posted.claim()).build();
        });
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postClaimBatch", summary = "Store up to 1000 claims at once, all or none; each claim's outcome"
            + " (a 7 replaces, an 8 voids the claim stored under its claimId; 422 naming claims[i].frequencyCode for one never stored)")
    @APIResponse(responseCode = "422", description = "A replacement (7) or void (8) of a claim never stored; nothing stored")
    @APIResponse(responseCode = "200", description = "Each claim's outcome, in order",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    public Response postBatch(ClaimBatch batch, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        return idempotency.postAlone(key, uri, batch, () -> {
            List<ClaimIngest.Result> results = claims.postBatch(batch == null ? null : batch.claims());
            return Response.ok(new BatchResult(count(results, ClaimIngest.Outcome.CREATED),
                    count(results, ClaimIngest.Outcome.DUPLICATE), count(results, ClaimIngest.Outcome.CONFLICT),
                    count(results, ClaimIngest.Outcome.REPLACED), count(results, ClaimIngest.Outcome.VOIDED), results))
                    .build();
        });
    }

    @POST
    @Consumes({"text/csv", "application/csv"})
    @Operation(operationId = "postClaim", summary = POST_SUMMARY)
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ClaimService.ClaimView.class)))
    @APIResponse(responseCode = "200", description = "The same claim was stored before; nothing changed",
            content = @Content(schema = @Schema(implementation = ClaimService.ClaimView.class)))
    @APIResponse(responseCode = "202", description = JobResource.ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    @APIResponse(responseCode = "409", description = "A claim with this claimId and payor exists with other content")
    @APIResponse(responseCode = "422", description = "A replacement (7) or void (8) of a claim never stored; the error names frequencyCode")
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = CLAIMS_CSV),
            @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING), example = CLAIMS_CSV)})
    public Response importCsv(InputStream csv, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) throws IOException {
        if (key == null) {
            return startCsvJob(csv);
        }
        // A keyed upload is kept aside first: the key's fingerprint (a hash of every byte) must be known
        // before the key is claimed, and the file may be far too large to hold in memory.
        java.nio.file.Path kept = Files.createTempFile("claims-", ".csv");
        try {
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(csv, sha256)) {
                Files.copy(in, kept, StandardCopyOption.REPLACE_EXISTING);
            }
            return idempotency.postAlone(key, uri, HexFormat.of().formatHex(sha256.digest()), () -> {
                try (InputStream in = Files.newInputStream(kept)) {
                    return startCsvJob(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            Files.deleteIfExists(kept);
        }
    }

    private Response startCsvJob(InputStream csv) {
        CountingLines counted = new CountingLines(csv);
        UUID job = claims.startCsvJob(counted);
        jobs.progressTotal(job, Math.max(0, counted.lines - 1));
        return JobResource.accepted(jobs.get(job));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "A claim with each line's expected, paid and variance")
    public ClaimService.ClaimView get(@PathParam("id") UUID id) {
        return claims.get(id);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listClaimVersions",
            summary = "The claim's versions, newest first: the one in force, then each one a replacement (frequency code 7)"
                    + " or void (8) ended, with its lines as billed")
    public PageResponse<ClaimHistory.Version> versions(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return history.page(id, page);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "listClaimAudit",
            summary = "The claim's audit trail, newest first: who stored it (the token's subject and roles), when, which request")
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return claims.audit(id, page);
    }

    @GET
    @Operation(operationId = "listClaims", summary = "Claims by payor, contract, contract match (UNMATCHED: no contract found) "
            + "or claim id, newest first; several by id in one call; deep pages by pageToken")
    public PageResponse<ClaimService.ClaimView> list(@QueryParam("payorId") UUID payorId,
                                                     @QueryParam("contractId") UUID contractId,
                                                     @QueryParam("contractMatch") ClaimIngest.ContractMatch match,
                                                     @QueryParam("claimId") String claimId,
                                                     @QueryParam("id") @Size(max = 200, message = "must name at most 200 claims")
                                                     @Parameter(description = "Only these claims, in one call (repeat: ?id=..&id=..)")
                                                     List<UUID> id,
                                                     @BeanParam @Valid KeysetPageRequest page, UriInfo uri) {
        PageTokenCodec.PageToken token = pageTokens.read(page, uri);
        ClaimService.ClaimPage found;
        try {
            found = claims.list(payorId, contractId, match, claimId, id == null ? List.of() : id, page,
                    token == null ? null : token.after(), token == null ? null : token.totalItems());
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw ApiException.invalidField(KeysetPageRequest.PAGE_TOKEN, "does not fit this list; start again without it");
        }
        return pageTokens.page(found.items(), page, token, found.totalItems(), uri, ClaimService::keyOf);
    }

    private static long count(List<ClaimIngest.Result> results, ClaimIngest.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Counts lines while the upload is stored, so the job has its total as soon as the upload ends. */
    private static final class CountingLines extends FilterInputStream {
        long lines;
        private int last = '\n';

        CountingLines(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == '\n') {
                lines++;
            }
            if (b >= 0) {
                last = b;
            } else if (last != '\n') {
                lines++;
                last = '\n';
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
            if (n > 0) {
                last = buffer[offset + n - 1];
            } else if (n < 0 && last != '\n') {
                lines++;
                last = '\n';
            }
            return n;
        }
    }
}
