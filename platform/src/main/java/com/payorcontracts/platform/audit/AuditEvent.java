package com.payorcontracts.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a resource's audit trail: who (the token's subject and roles), when, under which
 * request id, did what, and what changed.
 */
@Schema(name = "AuditEvent")
public record AuditEvent(
        long id,
        @Schema(description = "When the change committed's transaction ran") Instant occurredAt,
        @Schema(description = "The subject (sub) of the token that made the change; system for the services' own work") String subject,
        @Schema(description = "The token's roles") List<String> roles,
        @Schema(description = "The gateway's X-Request-Id, to find the request in the logs", nullable = true) String requestId,
        @Schema(description = "payor, contract, underpayment...") String resourceType,
        String resourceId,
        @Schema(description = "What was done: created, updated, status-changed, archived, contact-added...") String action,
        // Object, not JsonNode: a schema named JsonNode would clash with Jackson's in generated clients.
        @Schema(implementation = Object.class, description = "Field by field [{field, from, to}] for an edit (a restricted "
                + "field is named, never its values), or a summary {linesBefore, linesAfter...} for a bulk import") JsonNode changes) {
}
