package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Contact;
import com.payorcontracts.payor.domain.Interaction;
import com.payorcontracts.payor.service.RelationshipService;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** HTTP face of the relationship with payors: contacts, interactions, follow-ups. */
@Path("/api/v1/payors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationships", description = "payor-service: contacts at the payor, interactions and follow-ups")
public class RelationshipResource {

    private final ItemEndpoints items;
    private final RelationshipService relationships;

    RelationshipResource(ItemEndpoints items, RelationshipService relationships) {
        this.items = items;
        this.relationships = relationships;
    }

    @GET
    @Path("/follow-ups")
    @Operation(operationId = "listFollowUpsDue", summary = "Open follow-ups of every payor due in the next N days, overdue ones included and flagged")
    public PageResponse<FollowUpResponse> followUpsDue(
            @QueryParam("days") @DefaultValue("14") @Min(value = 0, message = "must be 0 or more") @Max(value = 366, message = "must be at most 366")
            @Parameter(description = "Due by today + days") int days,
            @BeanParam @Valid PageRequest page) {
        return Replies.map(relationships.followUpsDue(days, page), FollowUpResponse::of);
    }

    @POST
    @Path("/{id}/contacts")
    @Operation(operationId = "addContact", summary = "Add a contact at the payor")
    @APIResponse(responseCode = "201", description = Replies.CREATED, content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public Response addContact(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id,
                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid ContactRequest request, UriInfo uri) {
        return items.add(key, uri, request, relationships.contacts(), id, Contact::new, request::applyTo, ContactResponse::of);
    }

    @GET
    @Path("/{id}/contacts")
    @Operation(operationId = "listContacts", summary = "List the payor's contacts")
    public PageResponse<ContactResponse> listContacts(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return items.list(relationships.contacts(), id, page, ContactResponse::of);
    }

    @GET
    @Path("/{id}/contacts/{contactId}")
    @Operation(operationId = "getContact", summary = "Read one contact; the ETag is what If-Match needs")
    public RestResponse<ContactResponse> getContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        return items.get(relationships.contacts(), id, contactId, ContactResponse::of);
    }

    @PUT
    @Path("/{id}/contacts/{contactId}")
    @Operation(operationId = "replaceContact", summary = "Replace one contact (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<ContactResponse> replaceContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid ContactRequest request) {
        return items.replace(relationships.contacts(), id, contactId, ifMatch, request::applyTo, ContactResponse::of);
    }

    @DELETE
    @Path("/{id}/contacts/{contactId}")
    @Operation(operationId = "deleteContact", summary = "Delete one contact (If-Match required)")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<Void> deleteContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return items.delete(relationships.contacts(), id, contactId, ifMatch);
    }

    @POST
    @Path("/{id}/interactions")
    @Operation(operationId = "addInteraction", summary = "Log an interaction (meeting, call, e-mail, conference) and its follow-up date")
    @APIResponse(responseCode = "201", description = Replies.CREATED, content = @Content(schema = @Schema(implementation = InteractionResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public Response addInteraction(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id,
                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid InteractionRequest request, UriInfo uri) {
        return items.add(key, uri, request, relationships.interactions(), id, Interaction::new, request::applyTo, InteractionResponse::of);
    }

    @GET
    @Path("/{id}/interactions")
    @Operation(operationId = "listInteractions", summary = "List the payor's interactions, latest first")
    public PageResponse<InteractionResponse> listInteractions(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return items.list(relationships.interactions(), id, page, InteractionResponse::of);
    }

    @GET
    @Path("/{id}/interactions/{interactionId}")
    @Operation(operationId = "getInteraction", summary = "Read one interaction; the ETag is what If-Match needs")
    public RestResponse<InteractionResponse> getInteraction(@PathParam("id") UUID id, @PathParam("interactionId") UUID interactionId) {
        return items.get(relationships.interactions(), id, interactionId, InteractionResponse::of);
    }

    @PUT
    @Path("/{id}/interactions/{interactionId}")
    @Operation(operationId = "replaceInteraction", summary = "Replace one interaction (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<InteractionResponse> replaceInteraction(@PathParam("id") UUID id, @PathParam("interactionId") UUID interactionId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid InteractionRequest request) {
        return items.replace(relationships.interactions(), id, interactionId, ifMatch, request::applyTo, InteractionResponse::of);
    }

    @DELETE
    @Path("/{id}/interactions/{interactionId}")
    @Operation(operationId = "deleteInteraction", summary = "Delete one interaction (If-Match required)")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<Void> deleteInteraction(@PathParam("id") UUID id, @PathParam("interactionId") UUID interactionId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return items.delete(relationships.interactions(), id, interactionId, ifMatch);
    }
}
