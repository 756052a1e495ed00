package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.ReferenceSchedule;
import com.payorcontracts.contract.service.ReferenceScheduleService;
import com.payorcontracts.contract.service.csv.ReferenceScheduleCsv;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Reference fee schedules (e.g. Medicare for a year and locality) that PERCENT_OF_MEDICARE rates use. */
@Path("/api/v1/reference-fee-schedules")
@Tag(name = "Reference fee schedules", description = "contract-service: reference schedules (e.g. Medicare's) that percent-of-Medicare lines price against")
public class ReferenceScheduleResource {

    private final ReferenceScheduleService service;
    private final Idempotency idempotency;

    ReferenceScheduleResource(ReferenceScheduleService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(FeeScheduleResource.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importReferenceFeeSchedule",
            summary = "Import a reference schedule from CSV (code,modifier,facility_amount,non_facility_amount); "
                    + "the same name, year and locality again replaces it")
    @RequestBody(content = @Content(mediaType = FeeScheduleResource.CSV, schema = @Schema(type = SchemaType.STRING), example = """
            code,modifier,facility_amount,non_facility_amount
            62323,,245.18,612.40
            64483,,301.55,698.00
            """))
    @APIResponse(responseCode = "201", description = "A new schedule; Location names it",
            content = @Content(schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "200", description = "The schedule of this name, year and locality, replaced",
            content = @Content(schema = @Schema(implementation = Summary.class)))
    public Response importCsv(@HeaderParam(Idempotency.HEADER) String key,
                              @QueryParam("name") @NotBlank @Size(max = 100) String name,
                              @QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
                              @QueryParam("locality") @NotBlank @Size(max = 100) String locality,
                              byte[] body, UriInfo uri) {
        return idempotency.post(key, uri, body, () -> {
            ReferenceScheduleCsv.Result result = ReferenceScheduleCsv.read(
                    new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
            if (!result.errors().isEmpty()) {
                throw ApiException.invalidRows(result.errors());
            }
            return service.importRows(name.strip(), year, locality.strip(), result.rows());
        }, imported -> {
            Summary summary = Summary.of(imported.schedule());
            return imported.created()
                    ? Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(summary.id().toString()).build(), summary,
                    summary.version())
                    : Idempotency.Answer.ok(summary, summary.version());
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listReferenceFeeSchedules", summary = "List reference schedules, newest year first")
    public PageResponse<Summary> list(@BeanParam @Valid PageRequest page) {
        return service.list(page, Summary::of);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReferenceFeeSchedule", summary = "Read one reference schedule's description")
    public RestResponse<Summary> get(@PathParam("id") UUID id) {
        Summary summary = Summary.of(service.get(id));
        return EntityTags.tagged(summary, summary.version());
    }

    @GET
    @Path("/{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listReferenceFeeScheduleAudit",
            summary = "The schedule's audit trail, newest first: who imported it (the token's subject and roles), when, how many rows")
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return service.audit(id, page);
    }

    @GET
    @Path("/{id}/rows")
    @Produces(FeeScheduleResource.CSV)
    @Operation(operationId = "exportReferenceFeeSchedule", summary = "The schedule's rows as CSV")
    public String rows(@PathParam("id") UUID id) {
        StringBuilder csv = new StringBuilder();
        ReferenceScheduleCsv.write(service.rows(id), csv);
        return csv.toString();
    }

    /** A reference schedule without its rows. */
    public record Summary(UUID id, String name, int year, String locality, long version, int rowCount, Instant importedAt) {
        static Summary of(ReferenceSchedule schedule) {
            return new Summary(schedule.id, schedule.name, schedule.year, schedule.locality, schedule.version,
                    schedule.rowCount, schedule.importedAt);
        }
    }
}
