package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.service.ContractService;
import com.payorcontracts.contract.service.ContractTermsDraft;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP face of contracts. */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class ContractResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final ContractService service;

    ContractResource(ContractService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createContract", summary = "Create a contract with its fee schedule")
    public Response create(@NotNull(message = BODY_REQUIRED) @Valid ContractRequest request, UriInfo uri) {
        Contract contract = service.create(draftOf(request));
        return Response.created(uri.getAbsolutePathBuilder().path(contract.id.toString()).build())
                .entity(ContractResponse.of(contract)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceContractTerms", summary = "Replace a contract's terms and fee schedule")
    public ContractResponse replace(@PathParam("id") UUID id, @NotNull(message = BODY_REQUIRED) @Valid ContractRequest request) {
        return ContractResponse.of(service.replaceTerms(id, draftOf(request)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContract", summary = "Read one contract with its fee schedule")
    public ContractResponse get(@PathParam("id") UUID id) {
        return ContractResponse.of(service.get(id));
    }

    @GET
    @Operation(operationId = "listContracts", summary = "List contracts, optionally of one payor, one page at a time")
    public PageResponse<ContractSummary> list(@QueryParam("payorId") UUID payorId, @BeanParam @Valid PageRequest page) {
        return service.list(payorId, page, ContractSummary::of);
    }

    private static ContractTermsDraft draftOf(ContractRequest request) {
        return new ContractTermsDraft(request.payorId(), request.name(), request.effectiveDate(), request.expirationDate(),
                request.feeScheduleOrEmpty().stream().map(FeeScheduleLineDto::toDomain).toList());
    }
}
