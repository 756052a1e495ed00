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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** A contract's rates as a CMS Transparency in Coverage in-network-rates file (schema v2). */
@Path("/api/v1/contracts/{id}/transparency/in-network-rates")
@Tag(name = "Contracts")
public class TransparencyResource {

    private final TransparencyService transparency;

    TransparencyResource(TransparencyService transparency) {
        this.transparency = transparency;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportInNetworkRates",
            summary = "The rates in force on a date (default today) as a CMS TiC in-network-rates JSON file")
    public Response export(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        InNetworkRatesSource source = transparency.source(id, asOf == null ? LocalDate.now() : asOf);
        StreamingOutput body = out -> new InNetworkRatesWriter().write(source, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"in-network-rates-" + id + ".json\"").build();
    }
}
