package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.repository.NegotiationProjectionRepository;
import com.payorcontracts.analytics.service.NegotiationProjector;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** HTTP face of analytics' negotiation projection (from negotiation-changed; it never holds a floor). */
@Path("/api/v1/analytics/negotiations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "analytics-service: its projections of contract-service's contracts and reference fee schedules")
public class NegotiationProjectionResource {

    /** How a negotiation stands. */
    public enum Status { OPEN, COUNTERED, ACCEPTED, REJECTED, WITHDRAWN }

    private final NegotiationProjector projector;

    NegotiationProjectionResource(NegotiationProjector projector) {
        this.projector = projector;
    }

    /** A negotiation as analytics projects it: its latest proposal's terms and totals at the catalog's expected volumes. */
    @Schema(name = "ProjectedNegotiation")
    public record ProjectedNegotiation(UUID negotiationId, long version, UUID contractId, UUID payorId, String name,
                                       Status status, int rounds, @Schema(nullable = true) String latestFrom,
                                       @Schema(nullable = true) LocalDate latestEffectiveDate,
                                       @Schema(nullable = true) LocalDate newExpirationDate,
                                       @Schema(nullable = true) BigDecimal currentAnnualTotal,
                                       @Schema(nullable = true) BigDecimal proposedAnnualTotal,
                                       @Schema(nullable = true) UUID amendmentId, Instant changedAt) {

        static ProjectedNegotiation of(NegotiationProjectionRepository.Row row) {
            return new ProjectedNegotiation(row.negotiationId(), row.version(), row.contractId(), row.payorId(), row.name(),
                    Status.valueOf(row.status()), row.rounds(), row.latestFrom(), row.latestEffectiveDate(),
                    row.newExpirationDate(), row.currentAnnualTotal(), row.proposedAnnualTotal(), row.amendmentId(),
                    row.changedAt());
        }
    }

    @GET
    @Operation(operationId = "listProjectedNegotiations",
            summary = "List projected negotiations, most recently changed first, optionally of one contract or in one status")
    public PageResponse<ProjectedNegotiation> list(@QueryParam("contractId") UUID contractId, @QueryParam("status") Status status,
                                                   @BeanParam @Valid PageRequest page) {
        return projector.list(contractId, status == null ? null : status.name(), page, ProjectedNegotiation::of);
    }
}
