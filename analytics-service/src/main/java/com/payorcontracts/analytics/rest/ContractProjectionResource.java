package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.service.ContractProjector;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP face of analytics' contract projection. */
@Path("/api/v1/analytics/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "analytics-service: its projections of contract-service's contracts and reference fee schedules")
public class ContractProjectionResource {

    private final ContractProjector projector;

    ContractProjectionResource(ContractProjector projector) {
        this.projector = projector;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProjectedContract", summary = "Read analytics' projection of one contract")
    public ContractProjectionResponse get(@PathParam("id") UUID id) {
        return ContractProjectionResponse.of(projector.get(id));
    }

    @GET
    @Operation(operationId = "listProjectedContracts", summary = "List projected contracts, optionally of one payor")
    public PageResponse<ContractProjectionResponse> list(@QueryParam("payorId") UUID payorId, @BeanParam @Valid PageRequest page) {
        return projector.list(payorId, page, ContractProjectionResponse::summaryOf);
    }
}
