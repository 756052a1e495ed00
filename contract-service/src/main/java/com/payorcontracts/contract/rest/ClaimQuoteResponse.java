package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.service.ClaimQuoteService;
import com.payorcontracts.contract.service.TermsService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim priced under the contract found for it: which contract and which version of its terms, then
 * the lines as a quote by contract id gives them (each line's {@code lesserOf} says which side won).
 */
@Schema(name = "ClaimQuote")
public record ClaimQuoteResponse(UUID contractId, String contractName, UUID payorId, LocalDate dateOfService,
                                 UUID termsId, String termsName, List<QuoteResponse.Line> lines,
                                 BigDecimal totalExpected, boolean stopLossApplied) {

    static ClaimQuoteResponse of(ClaimQuoteService.Located located) {
        TermsService.Quote quote = located.quote();
        return new ClaimQuoteResponse(located.contract().id, located.contract().name, located.contract().payorId,
                quote.dateOfService(), quote.version().id, quote.version().name,
                quote.priced().lines().stream().map(QuoteResponse.Line::of).toList(), quote.priced().totalExpected(),
                quote.priced().stopLossApplied());
    }
}
