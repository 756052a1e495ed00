package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.ClaimParties;
import com.payorcontracts.contract.service.ClaimQuoteService;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.pricing.Claim;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes addressed by what billing systems know (EDI payer id, TIN/NPI, billing class, line of business,
 * date of service) rather than our contract ids: one claim, or a batch of up to 1,000.
 */
@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "contract-service: price claims under the contract in force, found by payer and provider")
public class ClaimQuoteResource {

    static final String NONE = "No contract in force applies to the claim (or no payor has its EDI payer id)";
    static final String SEVERAL = "Several contracts apply; candidates names them";

    private final ClaimQuoteService quotes;

    ClaimQuoteResource(ClaimQuoteService quotes) {
        this.quotes = quotes;
    }

    @POST
    @Operation(operationId = "quoteClaimByParties",
            summary = "Find the contract in force for the claim's payer, provider, class, line of business and date, and price the claim under it")
    @APIResponse(responseCode = "200", description = "Priced: says which contract and terms version")
    @APIResponse(responseCode = "404", description = NONE)
    @APIResponse(responseCode = "409", description = SEVERAL)
    @APIResponse(responseCode = "422", description = "The EDI payer id is not the given payor's")
    public ClaimQuoteResponse quote(@NotNull(message = ContractResource.BODY_REQUIRED) @Valid ClaimQuoteRequest request) {
        return ClaimQuoteResponse.of(quotes.quote(toQuote(request, "")));
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "quoteClaimBatch",
            summary = "Quote up to 1,000 claims, each on its own: every claim gets its own status, quote or problem")
    @APIResponse(responseCode = "200", description = "Every claim's outcome, in the order sent")
    public QuoteBatch.Response batch(@NotNull(message = ContractResource.BODY_REQUIRED) @Valid QuoteBatch.Request request) {
        List<ClaimQuoteService.ClaimToQuote> claims = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        QuoteBatch.Item[] items = new QuoteBatch.Item[request.claims().size()];
        for (int i = 0; i < items.length; i++) {
            try {
                claims.add(toQuote(request.claims().get(i), "claims[" + i + "]."));
                indexes.add(i);
            } catch (ApiException e) {
                items[i] = QuoteBatch.Item.failed(i, e);
            }
        }
        List<ClaimQuoteService.Outcome> outcomes = quotes.quoteAll(claims);
        for (int j = 0; j < outcomes.size(); j++) {
            int i = indexes.get(j);
            ClaimQuoteService.Outcome outcome = outcomes.get(j);
            items[i] = outcome.problem() == null ? QuoteBatch.Item.quoted(i, ClaimQuoteResponse.of(outcome.located()))
                    : QuoteBatch.Item.failed(i, outcome.problem());
        }
        int quoted = (int) java.util.Arrays.stream(items).filter(item -> item.status() == 200).count();
        return new QuoteBatch.Response(quoted, items.length - quoted, List.of(items));
    }

    // What Bean Validation cannot say of one field: a payer and a provider identifier are needed.
    private static ClaimQuoteService.ClaimToQuote toQuote(ClaimQuoteRequest request, String prefix) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        if (request.payorId() == null && request.ediPayerId() == null) {
            errors.add(new ProblemDetail.FieldError(prefix + "payorId", "give payorId or ediPayerId"));
        }
        if (request.provider().tin() == null && request.provider().npi() == null) {
            errors.add(new ProblemDetail.FieldError(prefix + "provider", "give the provider's tin or npi, or both"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        ClaimParties parties = new ClaimParties(request.provider().tin(), request.provider().npi(), request.billingClass(),
                request.lineOfBusiness() == null ? null : request.lineOfBusiness().name(), request.dateOfService());
        Claim claim = new Claim(request.dateOfService(), request.billingClass(),
                QuoteResource.claimLines(request.lines(), prefix + "lines"));
        String ediPayerId = request.ediPayerId() == null ? null : request.ediPayerId().toUpperCase();
        return new ClaimQuoteService.ClaimToQuote(request.payorId(), ediPayerId, parties, claim);
    }
}
