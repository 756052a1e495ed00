package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.MarketPresence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A presence figure as the API shows it. */
public record PresenceResponse(UUID id, UUID payorId, String state,
                               @Schema(nullable = true) String county, long coveredLives,
                               @Schema(nullable = true) BigDecimal marketSharePercent, LocalDate asOf,
                               String source, long version) {

    static PresenceResponse of(MarketPresence p) {
        return new PresenceResponse(p.id, p.payorId, p.state, p.county, p.coveredLives, p.marketSharePercent, p.asOf,
                p.source, p.rowVersion);
    }
}
