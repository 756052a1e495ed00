package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.Contract;
import com.payorcontracts.contract.service.ContractService;
import com.payorcontracts.contract.service.TermsInForce;
import com.payorcontracts.contract.service.TermsService;
import com.payorcontracts.contract.service.csv.FeeScheduleCsv;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.EntityTags;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** A contract's fee schedule as CSV, in and out (columns in {@link FeeScheduleCsv}). */
@Path("/api/v1/contracts/{id}/fee-schedule")
@Tag(name = "Contracts", description = "contract-service: contract terms, lifecycle, fee schedules, amendments and quotes")
public class FeeScheduleResource {

    static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = """
            code,modifier,billing_class,place_of_service,method,amount,percent,bundled_codes,mpr_eligible
            62323,,,,FIXED,612.40,,,true
            64483,50,FACILITY,24,FIXED,845.00,,,
            22630,,,,CASE_RATE,4120.55,,22840|22842,
            """;

    private final ContractService contracts;
    private final TermsService terms;

    FeeScheduleResource(ContractService contracts, TermsService terms) {
        this.contracts = contracts;
        this.terms = terms;
    }

    @PUT
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importFeeSchedule",
            summary = "Replace a DRAFT or NEGOTIATING contract's fee schedule from CSV: all rows or none, with a per-row error report (If-Match: the contract's ETag)")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = ContractResource.NOT_EDITABLE)
    public RestResponse<ImportResult> importCsv(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                                InputStream body) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        FeeScheduleCsv.Result result = FeeScheduleCsv.read(new InputStreamReader(body, StandardCharsets.UTF_8));
        if (!result.errors().isEmpty()) {
            throw ApiException.invalidRows(result.errors());
        }
        long version = contracts.replaceFeeSchedule(id, expected, result.lines()).eventVersion;
        return EntityTags.tagged(new ImportResult(id, result.lines().size()), version);
    }

    @GET
    @Produces(CSV)
    @Operation(operationId = "exportFeeSchedule", summary = "The fee schedule in force on a date (default: the base terms) as CSV")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "422", description = QuoteResource.OUTSIDE)
    public RestResponse<String> exportCsv(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        Contract contract = contracts.get(id);
        TermsInForce inForce = terms.asOf(id, asOf == null ? contract.effectiveDate : asOf, "asOf");
        StringBuilder csv = new StringBuilder(inForce.feeSchedule().size() * 48);
        FeeScheduleCsv.write(inForce.feeSchedule(), csv);
        // The contract's tag: what an import's If-Match must name.
        return EntityTags.tagged(csv.toString(), contract.eventVersion);
    }

    /** How many lines an import stored. */
    public record ImportResult(UUID contractId, int lines) {
    }
}
