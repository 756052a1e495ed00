package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.ContractStatus;
import com.payorcontracts.contract.domain.StatusChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One status change of a contract; {@code changedBy} is the subject of the token that made it. */
public record ContractStatusChangeResponse(@Schema(nullable = true) ContractStatus from, ContractStatus to,
                                           @Schema(nullable = true) String reason, String changedBy, Instant changedAt) {

    static ContractStatusChangeResponse of(StatusChange change) {
        return new ContractStatusChangeResponse(change.from, change.to, change.reason, change.changedBy, change.changedAt);
    }
}
