package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.service.Jobs;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Long-running work: big uploads and repricing, polled by clients. */
@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics jobs", description = "analytics-service: long-running work (big uploads, repricing, projection rebuilds) to poll")
public class JobResource {

    /** What to reprice: one contract's claims, or (empty) every claim. */
    @Schema(example = "{\"contractId\": \"6c1f4e0a-2b7d-4d8e-9a31-5f0b7c2e9d14\"}")
    public record RepriceRequest(UUID contractId) {
    }

    static final String ACCEPTED = "Accepted: the job, to poll at its Location until it is done";

    private final Jobs jobs;

    JobResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(operationId = "getJob", summary = "A job: state, rows done, rows total, errors, result")
    public Jobs.Job get(@PathParam("id") UUID id) {
        return jobs.get(id);
    }

    @GET
    @Path("/jobs/{id}/audit")
    @Operation(operationId = "listJobAudit", summary = "The job's audit trail, newest first: who queued it (the token's "
            + "subject and roles, which request) with its parameters, and how it ended")
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return jobs.audit(id, page);
    }

    @POST
    @Path("/repricing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startRepricing", summary = "Reprice every claim (or one contract's) as a job: 202 and the job")
    @APIResponse(responseCode = "202", description = ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    public Response reprice(RepriceRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (request != null && request.contractId() != null) {
            params.put("scope", "CONTRACT");
            params.put("id", request.contractId().toString());
        } else {
            params.put("scope", "ALL");
        }
        return accepted(jobs.get(jobs.create(Jobs.Kind.REPRICE, params, null)));
    }

    @POST
    @Path("/admin/projections/rebuild")
    @Operation(operationId = "rebuildProjections", summary = "Rebuild the contract and reference-schedule projections "
            + "from the beginning of their topics, as a job reporting records read")
    @APIResponse(responseCode = "202", description = ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    public Response rebuildProjections() {
        return accepted(jobs.get(jobs.create(Jobs.Kind.REBUILD_PROJECTIONS, Map.of(), null)));
    }

    static Response accepted(Jobs.Job job) {
        return Response.accepted(job).location(URI.create("/api/v1/analytics/jobs/" + job.id())).build();
    }
}
