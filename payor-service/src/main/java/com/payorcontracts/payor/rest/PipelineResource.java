package com.payorcontracts.payor.rest;

import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.payor.service.PayorService;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import com.payorcontracts.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP face of the targeting pipeline. */
@Path("/api/v1/payors/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pipeline", description = "payor-service: a payor's way from prospect to contracted")
public class PipelineResource {

    private final PayorService service;
    private final Replies replies;
    private final Caller caller;

    PipelineResource(PayorService service, Replies replies, Caller caller) {
        this.service = service;
        this.replies = replies;
        this.caller = caller;
    }

    @POST
    @Path("/status")
    @Operation(operationId = "changePayorStatus",
            summary = "Move a payor through the pipeline; an illegal move is a 409 naming the allowed ones (If-Match required)")
    @APIResponse(responseCode = "200", description = "The payor in its new status",
            content = @Content(schema = @Schema(implementation = PayorResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ILLEGAL_MOVE)
    public Response changeStatus(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @HeaderParam("If-Match") String ifMatch,
                                 @PathParam("id") UUID id,
                                 @NotNull(message = PayorResource.BODY_REQUIRED) @Valid StatusRequest request, UriInfo uri) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        return replies.post(key, uri, request,
                () -> service.changeStatus(id, expected, request.status(), request.reason().strip(), caller.subject()),
                payor -> Replies.Outcome.ok(PayorResponse.of(payor), payor.rowVersion));
    }

    @GET
    @Path("/status-history")
    @Operation(operationId = "listPayorStatusHistory", summary = "The payor's pipeline moves, newest first: who, when, why")
    public PageResponse<StatusChangeResponse> history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return service.history(id, page, StatusChangeResponse::of);
    }
}
