package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.TransparencyService;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource;
import com.payorcontracts.contract.service.transparency.InNetworkRatesWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** A contract's rates as a CMS Transparency in Coverage in-network-rates file (schema v2). */
@Path("/api/v1/contracts/{id}/transparency/in-network-rates")
@Tag(name = "Contracts", description = "contract-service: contract terms, lifecycle, fee schedules, amendments and quotes")
public class TransparencyResource {

    private final TransparencyService transparency;

    TransparencyResource(TransparencyService transparency) {
        this.transparency = transparency;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportInNetworkRates",
            summary = "The rates in force on a date (default today) as a CMS TiC in-network-rates JSON file")
    @APIResponse(responseCode = "200", description = "The in-network-rates file (CMS TiC schema v2), as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "https://github.com/CMSgov/price-transparency-guide/tree/master/schemas/in-network-rates")))
    @APIResponse(responseCode = "422", description = "The contract lacks what the file must name (provider name, TIN, NPI),"
            + " or the date lies outside it")
    public Response export(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        InNetworkRatesSource source = transparency.source(id, asOf == null ? LocalDate.now() : asOf);
        StreamingOutput body = out -> new InNetworkRatesWriter().write(source, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"in-network-rates-" + id + ".json\"").build();
    }
}
