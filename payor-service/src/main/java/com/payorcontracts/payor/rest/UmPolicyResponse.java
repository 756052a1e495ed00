package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.UmPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A UM policy as the API shows it. */
public record UmPolicyResponse(UUID id, UUID payorId, String code,
                               @Schema(nullable = true) String modifier, boolean priorAuthRequired,
                               LocalDate effectiveDate, @Schema(nullable = true) LocalDate endDate,
                               @Schema(nullable = true) UUID sourceBulletinId,
                               @Schema(nullable = true) String notes, long version) {

    static UmPolicyResponse of(UmPolicy p) {
        return new UmPolicyResponse(p.id, p.payorId, p.code, p.modifier, p.priorAuthRequired, p.effectiveDate, p.endDate,
                p.sourceBulletinId, p.notes, p.rowVersion);
    }
}
