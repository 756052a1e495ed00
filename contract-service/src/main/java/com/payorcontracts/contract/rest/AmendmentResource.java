package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.AmendmentService;
import com.payorcontracts.contract.service.TermsInForce;
import com.payorcontracts.contract.service.TermsService;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** HTTP face of amendments and of the terms in force on a date. */
@Path("/api/v1/contracts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "contract-service: contract terms, lifecycle, fee schedules, amendments and quotes")
public class AmendmentResource {

    private final AmendmentService amendments;
    private final TermsService terms;
    private final Idempotency idempotency;

    AmendmentResource(AmendmentService amendments, TermsService terms, Idempotency idempotency) {
        this.amendments = amendments;
        this.terms = terms;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/amendments")
    @Operation(operationId = "amendContract", summary = "Amend an ACTIVE contract's rate terms from a date on")
    @APIResponse(responseCode = "201", description = "Amended; Location names the terms in force from the amendment's date",
            content = @Content(schema = @Schema(implementation = RateTermsResponse.class)))
    @APIResponse(responseCode = "409", description = "The contract is not ACTIVE, or the amendment's date overlaps another amendment")
    @APIResponse(responseCode = "422", description = "The amendment's effective date lies outside the contract,"
            + " or the reference fee schedule named does not exist")
    public Response amend(@HeaderParam(Idempotency.HEADER) String key, @PathParam("id") UUID id,
                          @NotNull(message = ContractResource.BODY_REQUIRED) @Valid AmendmentRequest request, UriInfo uri) {
        return idempotency.post(key, uri, request, () -> amendments.amend(id, Drafts.amendment(request)), amendment -> {
            TermsInForce inForce = terms.asOf(id, amendment.effectiveFrom, "effectiveDate");
            return Idempotency.Answer.created(uri.getBaseUriBuilder().path("/api/v1/contracts/{id}/terms")
                    .queryParam("asOf", amendment.effectiveFrom).build(id),
                    RateTermsResponse.of(inForce.version(), inForce.feeSchedule()), null);
        });
    }

    @GET
    @Path("/amendments")
    @Operation(operationId = "listContractAmendments", summary = "The contract's amendments, oldest first")
    public PageResponse<RateTermsResponse> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return amendments.history(id, page, RateTermsResponse::summaryOf);
    }

    @GET
    @Path("/terms")
    @Operation(operationId = "getContractTermsAsOf", summary = "The rate terms in force on a date (default today)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "422", description = QuoteResource.OUTSIDE)
    public TermsResponse termsAsOf(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        TermsInForce inForce = terms.asOf(id, asOf == null ? LocalDate.now() : asOf, "asOf");
        return new TermsResponse(id, inForce.asOf(), PaymentTermsDto.of(inForce.contract().paymentTerms),
                RateTermsResponse.of(inForce.version(), inForce.feeSchedule()));
    }

    /** The terms in force on {@code asOf}. */
    public record TermsResponse(UUID contractId, LocalDate asOf, PaymentTermsDto paymentTerms, RateTermsResponse terms) {
    }
}
