package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.service.ContractService;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** HTTP face of contracts: terms, lifecycle and status history. */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "contract-service: contract terms, lifecycle, fee schedules, amendments and quotes")
public class ContractResource {

    static final String BODY_REQUIRED = "a JSON body is required";
    static final String NOT_EDITABLE = "The contract is ACTIVE, EXPIRED or TERMINATED: its terms change only by amendment";
    static final String PAYOR_OR_SCHEDULE_UNKNOWN = "The payor or the reference fee schedule named does not exist";

    private final ContractService service;
    private final Clock clock;
    private final Caller caller;
    private final Idempotency idempotency;

    ContractResource(ContractService service, Clock clock, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.clock = clock;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(operationId = "createContract", summary = "Create a draft contract with its base terms and fee schedule")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "422", description = PAYOR_OR_SCHEDULE_UNKNOWN)
    @APIResponse(responseCode = "503", description = "payor-service cannot confirm the payor just now; nothing was written")
    public Response create(@HeaderParam(Idempotency.HEADER) String key,
                           @NotNull(message = BODY_REQUIRED) @Valid ContractRequest request, UriInfo uri) {
        return idempotency.post(key, uri, request, () -> service.create(Drafts.contract(request)).id,
                id -> {
                    ContractService.ContractView view = service.view(id);
                    return Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(id.toString()).build(), of(view),
                            view.contract().eventVersion);
                });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceContractTerms",
            summary = "Replace the terms of a DRAFT or NEGOTIATING contract (an ACTIVE one takes amendments; If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = NOT_EDITABLE)
    @APIResponse(responseCode = "422", description = "The reference fee schedule named does not exist")
    public RestResponse<ContractResponse> replace(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                                  @NotNull(message = BODY_REQUIRED) @Valid ContractRequest request) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        service.replaceTerms(id, expected, Drafts.contract(request));
        return tagged(id);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContract", summary = "Read a contract with its base terms and its amendments; the ETag is what If-Match needs")
    public RestResponse<ContractResponse> get(@PathParam("id") UUID id) {
        return tagged(id);
    }

    @GET
    @Operation(operationId = "listContracts",
            summary = "Search contracts by name, payor, status and expiry, sorted; or get several by id in one call")
    public PageResponse<ContractResponse> list(@BeanParam @Valid ContractSearchParams search, @BeanParam @Valid PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return service.list(search.toSearch(today), page, (contract, payorName) -> ContractResponse.summaryOf(contract, payorName, today));
    }

    @POST
    @Path("/{id}/status")
    @Operation(operationId = "changeContractStatus",
            summary = "Move a contract along DRAFT, NEGOTIATING, ACTIVE, EXPIRED or TERMINATED (If-Match required); 409 names the allowed moves")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The contract cannot move to that status from its current one; `allowedStatuses` names the allowed ones")
    public RestResponse<ContractResponse> changeStatus(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                                       @NotNull(message = BODY_REQUIRED) @Valid StatusRequest request) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        service.changeStatus(id, expected, request.status(), request.reason(), caller.subject());
        return tagged(id);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "listContractAudit",
            summary = "The contract's audit trail, newest first: who (the token's subject and roles), when, which request, what changed")
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return service.audit(id, page);
    }

    @GET
    @Path("/{id}/status-history")
    @Operation(operationId = "listContractStatusHistory", summary = "The contract's status changes, oldest first")
    public PageResponse<ContractStatusChangeResponse> statusHistory(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return service.statusHistory(id, page, ContractStatusChangeResponse::of);
    }

    private RestResponse<ContractResponse> tagged(UUID id) {
        ContractService.ContractView view = service.view(id);
        return EntityTags.tagged(of(view), view.contract().eventVersion);
    }

    private ContractResponse of(ContractService.ContractView view) {
        return ContractResponse.of(view.contract(), RateTermsResponse.of(view.base(), view.baseFeeSchedule()),
                view.amendments().stream().map(RateTermsResponse::summaryOf).toList(), view.payorName(), LocalDate.now(clock));
    }
}
