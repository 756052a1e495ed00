package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.coverage.CoverageClass;
import com.payorcontracts.contract.service.CoverageService;
import com.payorcontracts.platform.rest.PageRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Which of the organization's codes a contract pays, and whether the payor wants prior authorization. */
@Path("/api/v1/contracts/{id}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "contract-service: contract terms, lifecycle, fee schedules, amendments and quotes")
public class CoverageResource {

    private final CoverageService coverage;
    private final Clock clock;

    CoverageResource(CoverageService coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getContractCoverage",
            summary = "Every catalog and planned code classified under the terms in force on asOf (today by default), prior-auth flagged; optionally only one class")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "422", description = QuoteResource.OUTSIDE)
    public CoverageDtos.ContractCoverageResponse contract(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf,
                                                         @QueryParam("coverage") CoverageClass only,
                                                         @BeanParam @Valid PageRequest page) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return CoverageDtos.ContractCoverageResponse.of(coverage.contract(id, date), only, page);
    }
}
