package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.FloorService;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Walk-away floors as they apply to a contract's payor (contract managers and admins only). */
@Path("/api/v1/contracts/{id}/floors")
@Tag(name = "Walk-away floors", description = "contract-service: the least accepted per code (contract managers and admins)")
@Produces(MediaType.APPLICATION_JSON)
public class ContractFloorResource {

    private final FloorService floors;
    private final Idempotency idempotency;
    private final Clock clock;

    ContractFloorResource(FloorService floors, Idempotency idempotency, Clock clock) {
        this.floors = floors;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPayorFloor",
            summary = "Set a walk-away floor for the contract's payor, overriding the organization's for that code")
    @APIResponse(responseCode = "201", description = "Set; Location names it")
    @APIResponse(responseCode = "409", description = OrganizationFloorResource.OVERLAPS)
    @APIResponse(responseCode = "422", description = OrganizationFloorResource.NOT_IN_CATALOG)
    public Response set(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key,
                        @NotNull(message = ContractResource.BODY_REQUIRED) @Valid FloorDtos.FloorRequest request, UriInfo uri) {
        return idempotency.post(key, uri, request, () -> floors.setPayorFloor(id, request.toDraft()),
                floor -> Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(floor.id.toString()).build(),
                        FloorDtos.FloorResponse.of(floor), null));
    }

    @GET
    @Path("/{floorId}")
    @Operation(operationId = "getPayorFloor", summary = "One walk-away floor set for the contract's payor")
    public FloorDtos.FloorResponse get(@PathParam("id") UUID id, @PathParam("floorId") UUID floorId) {
        return FloorDtos.FloorResponse.of(floors.payorFloor(id, floorId));
    }

    @GET
    @Operation(operationId = "listContractFloors",
            summary = "The floor per code in force on a date (default today) for the contract's payor: its own, else the organization's")
    public PageResponse<FloorDtos.FloorResponse> list(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf,
                                                      @BeanParam @Valid PageRequest page) {
        return floors.floorsInForce(id, asOf == null ? LocalDate.now(clock) : asOf, page, FloorDtos.FloorResponse::of);
    }
}
