package com.payorcontracts.contract.rest;

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

/** The catalog's coverage across contracts: one payor's, or the whole portfolio's. */
@Path("/api/v1/service-catalog/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalog", description = "contract-service: the codes the organization performs and plans to perform")
public class CatalogCoverageResource {

    private final CoverageService coverage;
    private final Clock clock;

    CatalogCoverageResource(CoverageService coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @GET
    @Path("/payors/{payorId}")
    @Operation(operationId = "getPayorCoverage",
            summary = "Every catalog and planned code under each of the payor's ACTIVE contracts in force on asOf (today by default), prior-auth flagged")
    @APIResponse(responseCode = "200")
    public CoverageDtos.PayorCoverageResponse payor(@PathParam("payorId") UUID payorId, @QueryParam("asOf") LocalDate asOf,
                                                    @BeanParam @Valid PageRequest page) {
        return CoverageDtos.PayorCoverageResponse.of(coverage.payor(payorId, asOf == null ? LocalDate.now(clock) : asOf), page);
    }

    @GET
    @Path("/portfolio")
    @Operation(operationId = "getPortfolioCoverage",
            summary = "Per catalog code: how many ACTIVE contracts in force on asOf (today by default) pay it, price it by line, miss it, and their lowest and highest amounts")
    @APIResponse(responseCode = "200")
    public CoverageDtos.PortfolioResponse portfolio(@QueryParam("asOf") LocalDate asOf, @BeanParam @Valid PageRequest page) {
        return CoverageDtos.PortfolioResponse.of(coverage.portfolio(asOf == null ? LocalDate.now(clock) : asOf), page);
    }
}
