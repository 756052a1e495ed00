package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.NegotiationService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** HTTP face of negotiations with a contract's payor: proposals, comparisons and their end. */
@Path("/api/v1/contracts/{id}/negotiations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Negotiations", description = "contract-service: rounds of proposals with a payor, each compared code by code"
        + " with the terms in force, Medicare and the walk-away floors")
public class NegotiationResource {

    private final NegotiationService negotiations;
    private final Idempotency idempotency;
    private final Caller caller;

    NegotiationResource(NegotiationService negotiations, Idempotency idempotency, Caller caller) {
        this.negotiations = negotiations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "openNegotiation", summary = "Open a negotiation with the contract's payor: a renewal or amendment"
            + " of an ACTIVE contract, or the terms of a DRAFT or NEGOTIATING (new) one")
    @APIResponse(responseCode = "201", description = "Opened (OPEN, no proposal yet); Location and ETag name it",
            content = @Content(schema = @Schema(implementation = NegotiationDtos.NegotiationResponse.class)))
    @APIResponse(responseCode = "409", description = "The contract is EXPIRED or TERMINATED")
    public Response open(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") UUID id,
                         @NotNull(message = ContractResource.BODY_REQUIRED) @Valid NegotiationDtos.NegotiationRequest request,
                         UriInfo uri) {
        return idempotency.post(key, uri, request, () -> negotiations.open(id, request.name()).id, negotiationId -> {
            NegotiationService.NegotiationView view = negotiations.view(id, negotiationId);
            return Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(negotiationId.toString()).build(),
                    NegotiationDtos.NegotiationResponse.of(view.negotiation(), view.proposals()), view.negotiation().eventVersion);
        });
    }

    @GET
    @Operation(operationId = "listNegotiations", summary = "The contract's negotiations, newest first")
    public PageResponse<NegotiationDtos.NegotiationResponse> list(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return negotiations.list(id, page, NegotiationDtos.NegotiationResponse::summaryOf);
    }

    @GET
    @Path("/{negotiationId}")
    @Operation(operationId = "getNegotiation", summary = "A negotiation with its proposals; the ETag is what If-Match needs")
    public RestResponse<NegotiationDtos.NegotiationResponse> get(@PathParam("id") UUID id,
                                                                @PathParam("negotiationId") UUID negotiationId) {
        return tagged(id, negotiationId);
    }

    @POST
    @Path("/{negotiationId}/proposals")
    @Operation(operationId = "proposeInNegotiation", summary = "Add a round: the first proposal keeps the negotiation OPEN,"
            + " a later one counters the one before (COUNTERED)")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the proposal, ETag the negotiation's new version",
            content = @Content(schema = @Schema(implementation = NegotiationDtos.ProposalResponse.class)))
    @APIResponse(responseCode = "409", description = "The negotiation has ended (ACCEPTED, REJECTED or WITHDRAWN); `allowedStatuses` is empty")
    @APIResponse(responseCode = "422", description = "The proposal could not become an amendment of the contract (its dates),"
            + " or asks a percentage of Medicare of a contract without a reference fee schedule")
    public Response propose(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") UUID id,
                            @PathParam("negotiationId") UUID negotiationId,
                            @NotNull(message = ContractResource.BODY_REQUIRED) @Valid NegotiationDtos.ProposalRequest request,
                            UriInfo uri) {
        return idempotency.post(key, uri, request,
                () -> negotiations.propose(id, negotiationId, request.toDraft(), caller.subject()).id,
                proposalId -> Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(proposalId.toString()).build(),
                        NegotiationDtos.ProposalResponse.of(negotiations.proposal(id, negotiationId, proposalId)),
                        negotiations.view(id, negotiationId).negotiation().eventVersion));
    }

    @GET
    @Path("/{negotiationId}/proposals")
    @Operation(operationId = "listProposals", summary = "The negotiation's proposals, first round first")
    public List<NegotiationDtos.ProposalResponse> proposals(@PathParam("id") UUID id, @PathParam("negotiationId") UUID negotiationId) {
        return negotiations.view(id, negotiationId).proposals().stream().map(NegotiationDtos.ProposalResponse::of).toList();
    }

    @GET
    @Path("/{negotiationId}/proposals/{proposalId}")
    @Operation(operationId = "getProposal", summary = "One proposal")
    public NegotiationDtos.ProposalResponse proposal(@PathParam("id") UUID id, @PathParam("negotiationId") UUID negotiationId,
                                                     @PathParam("proposalId") UUID proposalId) {
        return NegotiationDtos.ProposalResponse.of(negotiations.proposal(id, negotiationId, proposalId));
    }

    @GET
    @Path("/{negotiationId}/proposals/{proposalId}/comparison")
    @Operation(operationId = "compareProposal", summary = "The proposal code by code against the terms in force on its date:"
            + " rates through the pricing engine, Medicare fee and percent of Medicare, totals at the catalog's expected"
            + " volumes; floors and codes below them only for roles that see floors")
    public NegotiationDtos.ComparisonResponse comparison(@PathParam("id") UUID id, @PathParam("negotiationId") UUID negotiationId,
                                                         @PathParam("proposalId") UUID proposalId) {
        return NegotiationDtos.ComparisonResponse.of(negotiations.comparison(id, negotiationId, proposalId));
    }

    @POST
    @Path("/{negotiationId}/status")
    @Operation(operationId = "endNegotiation", summary = "Accept the latest proposal, reject it or withdraw (If-Match required);"
            + " accepting creates the amendment, renewal or new contract's terms at once; 409 names the allowed moves")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The negotiation has ended already, or has no proposal to accept;"
            + " `allowedStatuses` names the allowed moves")
    @APIResponse(responseCode = "422", description = "The accepted proposal no longer fits the contract (an amendment took effect since)")
    public RestResponse<NegotiationDtos.NegotiationResponse> end(@PathParam("id") UUID id,
                                                                @PathParam("negotiationId") UUID negotiationId,
                                                                @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                                                @NotNull(message = ContractResource.BODY_REQUIRED) @Valid
                                                                NegotiationDtos.NegotiationStatusRequest request) {
        negotiations.end(id, negotiationId, EntityTags.fromIfMatch(ifMatch), request.status(), request.reason());
        return tagged(id, negotiationId);
    }

    private RestResponse<NegotiationDtos.NegotiationResponse> tagged(UUID id, UUID negotiationId) {
        NegotiationService.NegotiationView view = negotiations.view(id, negotiationId);
        return EntityTags.tagged(NegotiationDtos.NegotiationResponse.of(view.negotiation(), view.proposals()),
                view.negotiation().eventVersion);
    }
}
