package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.contract.service.ClaimQuoteService;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemDetail;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The request and answer of a batch of claim quotes. */
public final class QuoteBatch {

    /** The most claims one batch may hold. */
    public static final int MAX_CLAIMS = 1_000;

    private QuoteBatch() {
    }

    /** Up to 1,000 claims, each quoted on its own. */
    @Schema(name = "QuoteBatchRequest", example = """
            {"claims": [
              {"ediPayerId": "CMH01", "provider": {"npi": "1245319599"}, "billingClass": "FACILITY",
               "dateOfService": "2027-03-15", "lines": [{"code": "64483", "units": 1, "billedCharge": 2400.00}]},
              {"ediPayerId": "CMH01", "provider": {"tin": "123456789"}, "billingClass": "FACILITY",
               "dateOfService": "2027-03-16", "lines": [{"code": "62323", "units": 1, "billedCharge": 1500.00}]}]}""")
    public record Request(@NotEmpty @Size(max = MAX_CLAIMS) List<@NotNull @Valid ClaimQuoteRequest> claims) {
    }

    /**
     * Every claim's outcome, in the order sent.
     *
     * @param quoted how many were priced
     * @param failed how many were not (each with its problem)
     */
    @Schema(name = "QuoteBatchResponse")
    public record Response(int quoted, int failed, List<Item> results) {
    }

    /**
     * One claim's outcome: {@code status} 200 with its {@code quote}, or the status a quote of it alone
     * would have answered (400, 404, 409, 422) with the {@code problem}; a 409 also lists the
     * {@code candidates}.
     */
    @Schema(name = "QuoteBatchItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, ClaimQuoteResponse quote, ProblemDetail problem, List<Candidate> candidates) {

        static Item quoted(int index, ClaimQuoteResponse quote) {
            return new Item(index, 200, quote, null, null);
        }

        static Item failed(int index, ApiException e) {
            ProblemDetail problem = new ProblemDetail(e.type().uri(), e.type().title(), e.type().status(), e.getMessage(),
                    null, e.errors());
            List<Candidate> candidates = null;
            Object named = e.extensions().get("candidates");
            if (named instanceof List<?> list) {
                candidates = list.stream().map(c -> (ClaimQuoteService.Candidate) c)
                        .map(c -> new Candidate(c.contractId(), c.name())).toList();
            }
            return new Item(index, e.type().status(), null, problem, candidates);
        }
    }

    /** A contract that applies to a claim that more than one applies to. */
    @Schema(name = "QuoteCandidate")
    public record Candidate(UUID contractId, String name) {
    }
}
