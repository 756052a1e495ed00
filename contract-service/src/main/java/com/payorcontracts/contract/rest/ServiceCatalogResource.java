package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.CatalogCode;
import com.payorcontracts.contract.domain.PlannedServiceLine;
import com.payorcontracts.contract.domain.ServiceCategory;
import com.payorcontracts.contract.service.ServiceCatalogService;
import com.payorcontracts.contract.service.csv.ServiceCatalogCsv;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The provider organization's service catalog (CSV in, pages out) and its planned service lines. */
@Path("/api/v1/service-catalog")
@Tag(name = "Service catalog", description = "contract-service: the codes the organization performs and plans to perform")
public class ServiceCatalogResource {

    static final String CSV_EXAMPLE = """
            code,label,category,expected_annual_volume,implant_heavy
            62323,Lumbar epidural (our label),INJECTIONS,1200,false
            22630,Single-level lumbar fusion,FUSION,85,true
            """;

    private final ServiceCatalogService service;
    private final Idempotency idempotency;

    ServiceCatalogResource(ServiceCatalogService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @PUT
    @Consumes(FeeScheduleResource.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importServiceCatalog",
            summary = "Replace the whole service catalog from CSV: all rows or none, with a per-row error report (If-Match: the catalog's ETag)")
    @RequestBody(content = @Content(mediaType = FeeScheduleResource.CSV, schema = @Schema(type = SchemaType.STRING),
            example = CSV_EXAMPLE))
    @APIResponse(responseCode = "200")
    public RestResponse<CatalogImportResult> importCsv(@HeaderParam(EntityTags.IF_MATCH) String ifMatch, InputStream body) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        ServiceCatalogCsv.Result result = ServiceCatalogCsv.read(new InputStreamReader(body, StandardCharsets.UTF_8));
        if (!result.errors().isEmpty()) {
            throw ApiException.invalidRows(result.errors());
        }
        ServiceCatalogService.Imported imported = service.replaceCatalog(expected, result.entries());
        return EntityTags.tagged(new CatalogImportResult(imported.codes()), imported.version());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listServiceCatalog",
            summary = "The catalog's codes in code order, optionally of one category; the ETag is what an import's If-Match needs")
    public RestResponse<PageResponse<CatalogCodeResponse>> list(@QueryParam("category") ServiceCategory category,
                                                                @BeanParam @Valid PageRequest page) {
        long version = service.version();
        return EntityTags.tagged(service.catalog(category, page, CatalogCodeResponse::of), version);
    }

    @POST
    @Path("/planned-service-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planServiceLine", summary = "Plan a service line: a named group of codes and a target start date")
    @APIResponse(responseCode = "201", description = "Planned; Location names it")
    @APIResponse(responseCode = "409", description = "A planned service line of that name exists already")
    public Response plan(@HeaderParam(Idempotency.HEADER) String key,
                         @NotNull(message = ContractResource.BODY_REQUIRED) @Valid PlannedServiceLineRequest request, UriInfo uri) {
        return idempotency.post(key, uri, request,
                () -> service.planServiceLine(request.name(), request.targetStartDate(), request.codes()),
                line -> Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(line.id.toString()).build(),
                        PlannedServiceLineResponse.of(line), null));
    }

    @GET
    @Path("/planned-service-lines/{lineId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlannedServiceLine", summary = "One planned service line")
    public PlannedServiceLineResponse plannedLine(@PathParam("lineId") UUID lineId) {
        return PlannedServiceLineResponse.of(service.plannedServiceLine(lineId));
    }

    @GET
    @Path("/planned-service-lines")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPlannedServiceLines", summary = "Planned service lines by target start date")
    public PageResponse<PlannedServiceLineResponse> plannedLines(@BeanParam @Valid PageRequest page) {
        return service.plannedServiceLines(page, PlannedServiceLineResponse::of);
    }

    /** How many codes the import stored; the catalog holds exactly these now. */
    public record CatalogImportResult(int codes) {
    }

    /** One catalog code with the organization's own label. */
    public record CatalogCodeResponse(String code, String label, ServiceCategory category, int expectedAnnualVolume,
                                      boolean implantHeavy, Instant importedAt) {
        static CatalogCodeResponse of(CatalogCode code) {
            return new CatalogCodeResponse(code.code, code.label, code.category, code.expectedAnnualVolume,
                    code.implantHeavy, code.importedAt);
        }
    }

    /** A service line to plan. */
    @Schema(name = "PlannedServiceLineRequest", example = """
            {"name": "Spinal cord stimulation", "targetStartDate": "2027-07-01", "codes": ["63650", "63685"]}""")
    public record PlannedServiceLineRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate targetStartDate,
            @NotEmpty @Size(max = 500)
            List<@NotNull @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_MESSAGE) String> codes) {
    }

    /** A planned service line. */
    public record PlannedServiceLineResponse(UUID id, String name, @Schema(nullable = true) LocalDate targetStartDate,
                                             List<String> codes,
                                             Instant createdAt) {
        static PlannedServiceLineResponse of(PlannedServiceLine line) {
            return new PlannedServiceLineResponse(line.id, line.name, line.targetStartDate, List.copyOf(line.codes),
                    line.createdAt);
        }
    }
}
