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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The organization-wide walk-away floors (contract managers and admins only). */
@Path("/api/v1/service-catalog/floors")
@Tag(name = "Walk-away floors", description = "contract-service: the least accepted per code (contract managers and admins)")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationFloorResource {

    static final String OVERLAPS = "A floor of the same code and scope is in force on some of these dates";
    static final String NOT_IN_CATALOG = "The code is not in the service catalog";

    private final FloorService floors;
    private final Idempotency idempotency;

    OrganizationFloorResource(FloorService floors, Idempotency idempotency) {
        this.floors = floors;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setOrganizationFloor", summary = "Set an organization-wide walk-away floor for a catalog code")
    @APIResponse(responseCode = "201", description = "Set; Location names it")
    @APIResponse(responseCode = "409", description = OVERLAPS)
    @APIResponse(responseCode = "422", description = NOT_IN_CATALOG)
    public Response set(@HeaderParam(Idempotency.HEADER) String key,
                        @NotNull(message = ContractResource.BODY_REQUIRED) @Valid FloorDtos.FloorRequest request, UriInfo uri) {
        return idempotency.post(key, uri, request, () -> floors.setOrganizationFloor(request.toDraft()),
                floor -> Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(floor.id.toString()).build(),
                        FloorDtos.FloorResponse.of(floor), null));
    }

    @GET
    @Path("/{floorId}")
    @Operation(operationId = "getOrganizationFloor", summary = "One organization-wide walk-away floor")
    public FloorDtos.FloorResponse get(@PathParam("floorId") UUID floorId) {
        return FloorDtos.FloorResponse.of(floors.organizationFloor(floorId));
    }

    @GET
    @Operation(operationId = "listOrganizationFloors", summary = "The organization-wide floors by code and start date")
    public PageResponse<FloorDtos.FloorResponse> list(@BeanParam @Valid PageRequest page) {
        return floors.organizationFloors(page, FloorDtos.FloorResponse::of);
    }
}
