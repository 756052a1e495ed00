package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.domain.WebhookDelivery;
import com.payorcontracts.analytics.service.WebhookEndpoints;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.Idempotency;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Integrators' webhook endpoints and their delivery logs. */
@Path("/api/v1/webhooks/endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "analytics-service: endpoints that get signed deliveries (Standard Webhooks) of "
        + "contract, remittance, underpayment and job events")
public class WebhookEndpointResource {

    static final String BODY_REQUIRED = "a JSON body is required";

    private final WebhookEndpoints endpoints;
    private final Idempotency idempotency;

    WebhookEndpointResource(WebhookEndpoints endpoints, Idempotency idempotency) {
        this.endpoints = endpoints;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookEndpoint", summary = "Register an https endpoint for event types; the answer "
            + "holds its signing secret, shown this once (loopback and private targets are refused)")
    @APIResponse(responseCode = "201", description = "Registered; Location names it; `secret` is in this answer only")
    public Response create(@HeaderParam(Idempotency.HEADER) String key,
                           @NotNull(message = BODY_REQUIRED) @Valid WebhookDtos.EndpointRequest request, UriInfo uri) {
        return idempotency.post(key, uri, request, () -> endpoints.create(request.spec()),
                made -> Idempotency.Answer.created(uri.getAbsolutePathBuilder().path(made.endpoint().id().toString()).build(),
                        WebhookDtos.EndpointResponse.of(made), made.endpoint().version()));
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "The endpoints, oldest first (secrets never shown)")
    public PageResponse<WebhookDtos.EndpointResponse> list(@BeanParam @Valid PageRequest page) {
        return endpoints.list(page, WebhookDtos.EndpointResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One endpoint: its state (ENABLED, DISABLED and why) and "
            + "consecutive failures; the ETag is what If-Match needs")
    public RestResponse<WebhookDtos.EndpointResponse> get(@PathParam("id") UUID id) {
        return tagged(WebhookDtos.EndpointResponse.of(endpoints.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWebhookEndpoint", summary = "Change URL, event types, description; `enabled: true` "
            + "re-enables a disabled endpoint (If-Match required)")
    @APIResponse(responseCode = "200")
    public RestResponse<WebhookDtos.EndpointResponse> replace(@PathParam("id") UUID id,
                                                              @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
                                                              @NotNull(message = BODY_REQUIRED) @Valid WebhookDtos.EndpointRequest request) {
        return tagged(WebhookDtos.EndpointResponse.of(endpoints.replace(id, EntityTags.fromIfMatch(ifMatch), request.spec())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete an endpoint and its delivery log (If-Match required)")
    @APIResponse(responseCode = "204")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        endpoints.delete(id, EntityTags.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(operationId = "rotateWebhookSecret", summary = "A new signing secret, shown this once; the previous one "
            + "keeps signing (a second signature in webhook-signature) for 24 hours")
    @APIResponse(responseCode = "200")
    public RestResponse<WebhookDtos.EndpointResponse> rotateSecret(@PathParam("id") UUID id) {
        WebhookEndpoints.WithSecret rotated = endpoints.rotateSecret(id);
        return tagged(WebhookDtos.EndpointResponse.of(rotated));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log, newest first: status "
            + "(PENDING, DELIVERED, FAILED), attempts, last status code, error and latency, next attempt")
    public PageResponse<WebhookDtos.DeliveryResponse> deliveries(@PathParam("id") UUID id,
                                                                @QueryParam("status") WebhookDelivery.Status status,
                                                                @BeanParam @Valid PageRequest page) {
        return endpoints.deliveries(id, status, page, WebhookDtos.DeliveryResponse::of);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again now with the same webhook-id and body "
            + "(retried for another 24 hours)")
    @APIResponse(responseCode = "202", description = "Queued again")
    public RestResponse<WebhookDtos.DeliveryResponse> redeliver(@PathParam("id") UUID id,
                                                               @PathParam("deliveryId") long deliveryId) {
        return RestResponse.accepted(WebhookDtos.DeliveryResponse.of(endpoints.redeliver(id, deliveryId)));
    }

    private static RestResponse<WebhookDtos.EndpointResponse> tagged(WebhookDtos.EndpointResponse endpoint) {
        return EntityTags.tagged(endpoint, endpoint.version());
    }
}
