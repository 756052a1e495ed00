package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.domain.AppealPacket;
import com.payorcontracts.analytics.domain.AppealPacketSet;
import com.payorcontracts.analytics.service.AppealPacketService;
import com.payorcontracts.analytics.service.ReportFilter;
import com.payorcontracts.analytics.service.UnderpaymentService;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** The underpayment worklist. */
@Path("/api/v1/analytics/underpayments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics underpayments", description = "analytics-service: the worklist of lines paid below contract, and their recovery")
public class UnderpaymentResource {

    private final UnderpaymentService underpayments;
    private final AppealPacketService appeals;

    UnderpaymentResource(UnderpaymentService underpayments, AppealPacketService appeals) {
        this.underpayments = underpayments;
        this.appeals = appeals;
    }

    @GET
    @Operation(operationId = "listUnderpayments",
            summary = "Lines paid below the contract beyond the tolerance, largest shortfall first unless sorted otherwise; or several by id")
    public PageResponse<UnderpaymentService.Underpayment> list(@QueryParam("status") UnderpaymentService.Status status,
                                                               @QueryParam("assignee") String assignee,
                                                               @QueryParam("id") @Size(max = 200, message = "must name at most 200 underpayments")
                                                               @Parameter(description = "Only these underpayments, in one call (repeat: ?id=..&id=..)")
                                                               List<Long> id,
                                                               @QueryParam("sort") @DefaultValue("-amount")
                                                               @Pattern(regexp = UnderpaymentService.WorklistSort.PARAMETER_PATTERN,
                                                                       message = "must be one of amount, age, dateOfService, with a leading - for descending")
                                                               @Parameter(description = "-amount (default: the largest shortfall first), amount, "
                                                                       + "age (newest first), -age (oldest first), dateOfService or -dateOfService")
                                                               String sort,
                                                               @BeanParam ReportParams filter,
                                                               @BeanParam @Valid PageRequest page) {
        return underpayments.list(status, assignee, id == null ? List.of() : id, UnderpaymentService.WorklistSort.parse(sort),
                filter.filter(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUnderpayment", summary = "One underpayment and the statuses it can move to; the ETag is what If-Match needs")
    public RestResponse<UnderpaymentService.Underpayment> get(@PathParam("id") long id) {
        return tagged(underpayments.get(id));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "listUnderpaymentAudit",
            summary = "The underpayment's audit trail, newest first: who (the token's subject and roles), when, which request, what changed")
    public PageResponse<AuditEvent> audit(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
        return underpayments.audit(id, page);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeUnderpayment", summary = "Move along DETECTED → IN_REVIEW → APPEALED → "
            + "RECOVERED | WRITTEN_OFF | INVALID (409 otherwise); set the assignee and a note (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = "The underpayment cannot move to that status from its current one;"
            + " `allowedStatuses` names the allowed ones")
    public RestResponse<UnderpaymentService.Underpayment> change(@PathParam("id") long id,
                                                                 @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                                                 UnderpaymentService.Change change) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        return tagged(underpayments.change(id, expected,
                change == null ? new UnderpaymentService.Change(null, null, null) : change));
    }

    private static RestResponse<UnderpaymentService.Underpayment> tagged(UnderpaymentService.Underpayment underpayment) {
        return EntityTags.tagged(underpayment, underpayment.version());
    }

    @GET
    @Path("/{id}/appeal-packet")
    @Produces({MediaType.APPLICATION_JSON, AppealPacketPdf.PDF})
    @Operation(operationId = "getAppealPacket", summary = "The underpayment's appeal packet for the payor's appeals desk:"
            + " provider, payor, claim id and dates of service, the contract clause applied, the expected amount step by"
            + " step (the quote's figures), what the 835 paid with its CARC/RARC codes, variance, late-payment interest,"
            + " appeal-by date. JSON, or PDF with Accept: application/pdf. Changes nothing")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealPacket.class)),
            @Content(mediaType = AppealPacketPdf.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "The underpayment's contract or terms are no longer projected, or"
            + " the service it was found on is no longer billed (`lineEnded`)")
    public AppealPacket appealPacket(@PathParam("id") long id) {
        return appeals.packet(id);
    }

    @GET
    @Path("/appeal-packets")
    @Produces({MediaType.APPLICATION_JSON, AppealPacketPdf.PDF})
    @Operation(operationId = "listAppealPackets", summary = "The appeal packets of every open underpayment (DETECTED,"
            + " IN_REVIEW, APPEALED) of a payor, largest first, with their totals; one PDF with Accept: application/pdf."
            + " At most 500 (422 beyond: narrow by contractId). Changes nothing")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealPacketSet.class)),
            @Content(mediaType = AppealPacketPdf.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "422", description = "More than 500 open underpayments: ask for one contract at a time")
    public AppealPacketSet appealPackets(
            @Parameter(required = true, description = "the payor") @QueryParam("payorId") UUID payorId,
            @Parameter(description = "only this contract's underpayments") @QueryParam("contractId") UUID contractId) {
        return appeals.packets(payorId, contractId);
    }

    @POST
    @Path("/{id}/appeal")
    @Produces({MediaType.APPLICATION_JSON, AppealPacketPdf.PDF})
    @Operation(operationId = "appealUnderpayment", summary = "Appeal the underpayment: move it to APPEALED (from"
            + " IN_REVIEW; 409 with allowedStatuses otherwise; If-Match required) and answer its appeal packet, JSON or PDF,"
            + " with the underpayment's new ETag")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealPacket.class)),
            @Content(mediaType = AppealPacketPdf.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "The underpayment cannot move to APPEALED from its current status"
            + " (`allowedStatuses` names the allowed ones), or it has no packet (as for getAppealPacket); nothing moves")
    public RestResponse<AppealPacket> appeal(@PathParam("id") long id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        AppealPacketService.Appealed appealed = appeals.appeal(id, EntityTags.fromIfMatch(ifMatch));
        return EntityTags.tagged(appealed.packet(), appealed.version());
    }
}
