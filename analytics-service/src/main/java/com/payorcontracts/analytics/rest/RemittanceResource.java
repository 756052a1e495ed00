package com.payorcontracts.analytics.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.analytics.config.AnalyticsConfig;
import com.payorcontracts.analytics.service.Jobs;
import com.payorcontracts.analytics.service.RemittanceInput;
import com.payorcontracts.analytics.service.RemittanceService;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

/** Remittances: what was paid, as X12 835 files or JSON. */
@Path("/api/v1/analytics/remittances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics remittances", description = "analytics-service: what payers paid, as X12 835 files or JSON")
public class RemittanceResource {

    public static final String EDI_X12 = "application/edi-x12";

    static final String POST_SUMMARY = "Post a remittance as JSON or upload an X12 835: 201 stored, 200 the same again,"
            + " 400 naming bad fields, 422 malformed or unbalanced (nothing stored), 202 and a job for a big 835"
            + " or with Prefer: respond-async";
    static final String X12_EXAMPLE = "ST*835*0001~BPR*I*668*C*ACH************20260420~TRN*1*EFT-20260420-01*1999999999~"
            + "N1*PR*CASCADE MUTUAL HEALTH~N1*PE*RIVERBEND SPINE SURGERY CENTER*XX*1234567893~LX*1~"
            + "CLP*PCN-2026-000187*1*2400*668**12*CMH-7781~SVC*HC:64483:50*2400*668**1~DTM*472*20260301~"
            + "CAS*CO*45*1732~SE*11*0001~";

    private final RemittanceService remittances;
    private final Jobs jobs;
    private final Idempotency idempotency;
    private final AnalyticsConfig config;
    private final ObjectMapper json;

    RemittanceResource(RemittanceService remittances, Jobs jobs, Idempotency idempotency, AnalyticsConfig config,
                       ObjectMapper json) {
        this.json = json;
        this.remittances = remittances;
        this.jobs = jobs;
        this.idempotency = idempotency;
        this.config = config;
    }

    // post and upload835 are one operation of the OpenAPI document (same path and method, told apart
    // by Content-Type), which SmallRye merges from both methods: so both carry the same annotations.
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postRemittance", summary = POST_SUMMARY)
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = RemittanceService.RemittanceView.class)))
    @APIResponse(responseCode = "200", description = "The same remittance was stored before; nothing changed",
            content = @Content(schema = @Schema(implementation = RemittanceService.RemittanceView.class)))
    @APIResponse(responseCode = "202", description = JobResource.ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    @APIResponse(responseCode = "422", description = "The remittance is malformed or does not balance, nothing was stored;"
            + " or the Idempotency-Key was used before with a different request")
    public Response post(RemittanceInput remittance, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        return idempotency.postAlone(key, uri, remittance,
                () -> answer(remittances.postJson(remittance, Idempotency.sha256(json(remittance)))));
    }

    @POST
    @Consumes({EDI_X12, "application/edi-x12; charset=utf-8", MediaType.TEXT_PLAIN})
    @Operation(operationId = "postRemittance", summary = POST_SUMMARY)
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = RemittanceService.RemittanceView.class)))
    @APIResponse(responseCode = "200", description = "The same remittance was stored before; nothing changed",
            content = @Content(schema = @Schema(implementation = RemittanceService.RemittanceView.class)))
    @APIResponse(responseCode = "202", description = JobResource.ACCEPTED, content = @Content(schema = @Schema(implementation = Jobs.Job.class)))
    @APIResponse(responseCode = "422", description = "The remittance is malformed or does not balance, nothing was stored;"
            + " or the Idempotency-Key was used before with a different request")
    @RequestBody(content = {@Content(mediaType = EDI_X12, schema = @Schema(type = SchemaType.STRING), example = X12_EXAMPLE),
            @Content(mediaType = "application/edi-x12; charset=utf-8", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    public Response upload835(InputStream body, @QueryParam("payorId") UUID payorId,
                              @HeaderParam("Prefer") String prefer, @HeaderParam(Idempotency.HEADER) String key,
                              UriInfo uri) {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hash = Idempotency.sha256(bytes);
        return idempotency.postAlone(key, uri, bytes, () -> {
            boolean async = bytes.length > config.asyncThresholdBytes() || (prefer != null && prefer.contains("respond-async"));
            RemittanceService.Upload upload = async
                    ? remittances.startX12Job(new ByteArrayInputStream(bytes), hash, payorId)
                    : remittances.uploadX12(bytes, hash, payorId);
            return answer(upload);
        });
    }

    // The content hash of a JSON remittance: what a repeat with the same content is recognised by.
    private byte[] json(RemittanceInput remittance) {
        try {
            return json.writeValueAsBytes(remittance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response answer(RemittanceService.Upload upload) {
        if (upload.jobId() != null) {
            return JobResource.accepted(jobs.get(upload.jobId()));
        }
        return Response.status(upload.created() ? 201 : 200)
                .location(URI.create("/api/v1/analytics/remittances/" + upload.remittance().id()))
                .entity(upload.remittance()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRemittance", summary = "A stored remittance: claims, total paid, payment date")
    public RemittanceService.RemittanceView get(@PathParam("id") UUID id) {
        return remittances.get(id);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "listRemittanceAudit",
            summary = "The remittance's audit trail, newest first: who stored it (the token's subject and roles), when, which request")
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return remittances.audit(id, page);
    }

    @GET
    @Operation(operationId = "listRemittances", summary = "Stored remittances, newest first")
    public PageResponse<RemittanceService.RemittanceView> list(@QueryParam("payorId") UUID payorId,
                                                               @BeanParam @Valid PageRequest page) {
        return remittances.list(payorId, page);
    }
}
