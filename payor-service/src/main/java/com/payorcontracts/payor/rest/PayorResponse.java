package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorStatus;
import com.payorcontracts.payor.domain.PayorType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payor as the API shows it. {@code version} is what the ETag carries, so a client editing from
 * a list can send {@code If-Match: W/"<version>"} without reading each payor again.
 */
public record PayorResponse(UUID id, String name, @Schema(nullable = true) String legalName, PayorType type,
                            @Schema(nullable = true) String parentOrganization,
                            List<EdiPayerIdDto> ediPayerIds, @Schema(nullable = true) String portalUrl,
                            @Schema(nullable = true) String notes, PayorStatus status,
                            @Schema(description = "Archived payors are hidden from lists unless asked for") boolean archived,
                            @Schema(nullable = true) Instant archivedAt, Instant createdAt,
                            Instant updatedAt, long version) {

    static PayorResponse of(Payor payor) {
        return new PayorResponse(payor.id, payor.name, payor.legalName, payor.type, payor.parentOrganization,
                payor.ediPayerIds.stream().map(EdiPayerIdDto::of).toList(), payor.portalUrl, payor.notes, payor.status,
                payor.archived(), payor.archivedAt, payor.createdAt, payor.updatedAt, payor.rowVersion);
    }
}
