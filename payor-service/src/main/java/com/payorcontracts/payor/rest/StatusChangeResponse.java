package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorStatus;
import com.payorcontracts.payor.domain.StatusChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One entry of a payor's pipeline history; {@code changedBy} is the subject of the token that made it. */
public record StatusChangeResponse(UUID id, @Schema(nullable = true) PayorStatus fromStatus, PayorStatus toStatus,
                                   @Schema(nullable = true) String reason, @Schema(nullable = true) String changedBy,
                                   Instant changedAt) {

    static StatusChangeResponse of(StatusChange change) {
        return new StatusChangeResponse(change.id, change.fromStatus, change.toStatus, change.reason, change.changedBy,
                change.changedAt);
    }
}
