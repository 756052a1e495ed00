package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.TermsService;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.pricing.Claim;
import com.payorcontracts.pricing.ClaimLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Expected reimbursement of a claim under a contract, for billing systems before and after they bill. */
@Path("/api/v1/contracts/{id}/quote")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "contract-service: contract terms, lifecycle, fee schedules, amendments and quotes")
public class QuoteResource {

    static final String OUTSIDE = "The date lies outside the contract's effective and expiration dates";

    private final TermsService terms;

    QuoteResource(TermsService terms) {
        this.terms = terms;
    }

    @POST
    @Operation(operationId = "quoteClaim",
            summary = "Price a claim under the terms in force on its date of service; 422 when the date is outside the contract")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "422", description = OUTSIDE)
    public QuoteResponse quote(@PathParam("id") UUID id, @NotNull(message = ContractResource.BODY_REQUIRED) @Valid QuoteRequest request) {
        List<ClaimLine> lines = claimLines(request.lines(), "lines");
        Claim claim = new Claim(request.dateOfService(), request.billingClass(), lines);
        return QuoteResponse.of(id, terms.quote(id, claim));
    }

    /** The request's lines as the engine's, a line the engine refuses named by its path (e.g. {@code lines[2]}). */
    static List<ClaimLine> claimLines(List<QuoteRequest.Line> requested, String field) {
        List<ClaimLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            QuoteRequest.Line line = requested.get(i);
            try {
                lines.add(new ClaimLine(line.code(), line.modifiers(), line.units() == null ? 1 : line.units(),
                        line.placeOfService(), line.billedCharge(), line.invoiceCost()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField(field + "[" + i + "]", e.getMessage());
            }
        }
        return lines;
    }
}
