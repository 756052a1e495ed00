package com.payorcontracts.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.payorcontracts.analytics.domain.ContractProjection;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract as analytics knows it: the terms of the newest event applied, and that event's version.
 * Lists leave the rate terms out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractProjectionResponse(UUID id, UUID payorId, String name, String status, LocalDate effectiveDate,
                                         @Schema(nullable = true) LocalDate expirationDate, long version,
                                         @Schema(nullable = true) List<ContractChanged.RateTerms> rateVersions,
                                         Instant changedAt,
                                         Instant projectedAt) {

    static ContractProjectionResponse of(ContractProjection projection) {
        ContractChanged.ContractTerms terms = EventCodec.decode(projection.terms.getBytes(StandardCharsets.UTF_8),
                ContractChanged.ContractTerms.class);
        return new ContractProjectionResponse(projection.contractId, projection.payorId, projection.name,
                projection.status, projection.effectiveDate, projection.expirationDate, projection.version,
                terms.rateVersions(), projection.changedAt, projection.projectedAt);
    }

    static ContractProjectionResponse summaryOf(ContractProjection projection) {
        return new ContractProjectionResponse(projection.contractId, projection.payorId, projection.name,
                projection.status, projection.effectiveDate, projection.expirationDate, projection.version,
                null, projection.changedAt, projection.projectedAt);
    }
}
