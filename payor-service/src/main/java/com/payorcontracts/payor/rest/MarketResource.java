package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.MarketPresence;
import com.payorcontracts.payor.domain.PlanProduct;
import com.payorcontracts.payor.domain.ProviderRequirement;
import com.payorcontracts.payor.service.MarketService;
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

import java.util.UUID;

/** HTTP face of where a payor is present, what it sells, and what it requires of providers. */
@Path("/api/v1/payors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Market and requirements", description = "payor-service: where a payor is present, what it sells, what it requires of providers")
public class MarketResource {

    private final ItemEndpoints items;
    private final MarketService market;

    MarketResource(ItemEndpoints items, MarketService market) {
        this.items = items;
        this.market = market;
    }

    @POST
    @Path("/{id}/presence")
    @Operation(operationId = "addPresence", summary = "Add the payor's covered lives and market share in a state or county")
    @APIResponse(responseCode = "201", description = Replies.CREATED, content = @Content(schema = @Schema(implementation = PresenceResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED_OR_PRESENCE_TAKEN)
    public Response addPresence(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id,
                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid PresenceRequest request, UriInfo uri) {
        return items.add(key, uri, request, market.presence(), id, MarketPresence::new, request::applyTo, PresenceResponse::of);
    }

    @GET
    @Path("/{id}/presence")
    @Operation(operationId = "listPresence", summary = "List the payor's covered lives and market share by state and county")
    public PageResponse<PresenceResponse> listPresence(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return items.list(market.presence(), id, page, PresenceResponse::of);
    }

    @GET
    @Path("/{id}/presence/{presenceId}")
    @Operation(operationId = "getPresence", summary = "Read one presence figure; the ETag is what If-Match needs")
    public RestResponse<PresenceResponse> getPresence(@PathParam("id") UUID id, @PathParam("presenceId") UUID presenceId) {
        return items.get(market.presence(), id, presenceId, PresenceResponse::of);
    }

    @PUT
    @Path("/{id}/presence/{presenceId}")
    @Operation(operationId = "replacePresence", summary = "Replace one presence figure (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED_OR_PRESENCE_TAKEN)
    public RestResponse<PresenceResponse> replacePresence(@PathParam("id") UUID id, @PathParam("presenceId") UUID presenceId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid PresenceRequest request) {
        return items.replace(market.presence(), id, presenceId, ifMatch, request::applyTo, PresenceResponse::of);
    }

    @DELETE
    @Path("/{id}/presence/{presenceId}")
    @Operation(operationId = "deletePresence", summary = "Delete one presence figure (If-Match required)")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<Void> deletePresence(@PathParam("id") UUID id, @PathParam("presenceId") UUID presenceId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return items.delete(market.presence(), id, presenceId, ifMatch);
    }

    @POST
    @Path("/{id}/products")
    @Operation(operationId = "addProduct", summary = "Add a plan product (line of business and states)")
    @APIResponse(responseCode = "201", description = Replies.CREATED, content = @Content(schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED_OR_PRODUCT_TAKEN)
    public Response addProduct(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id,
                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid ProductRequest request, UriInfo uri) {
        return items.add(key, uri, request, market.products(), id, PlanProduct::new, request::applyTo, ProductResponse::of);
    }

    @GET
    @Path("/{id}/products")
    @Operation(operationId = "listProducts", summary = "List the payor's plan products")
    public PageResponse<ProductResponse> listProducts(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return items.list(market.products(), id, page, ProductResponse::of);
    }

    @GET
    @Path("/{id}/products/{productId}")
    @Operation(operationId = "getProduct", summary = "Read one plan product; the ETag is what If-Match needs")
    public RestResponse<ProductResponse> getProduct(@PathParam("id") UUID id, @PathParam("productId") UUID productId) {
        return items.get(market.products(), id, productId, ProductResponse::of);
    }

    @PUT
    @Path("/{id}/products/{productId}")
    @Operation(operationId = "replaceProduct", summary = "Replace one plan product (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED_OR_PRODUCT_TAKEN)
    public RestResponse<ProductResponse> replaceProduct(@PathParam("id") UUID id, @PathParam("productId") UUID productId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid ProductRequest request) {
        return items.replace(market.products(), id, productId, ifMatch, request::applyTo, ProductResponse::of);
    }

    @DELETE
    @Path("/{id}/products/{productId}")
    @Operation(operationId = "deleteProduct", summary = "Delete one plan product (If-Match required)")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<Void> deleteProduct(@PathParam("id") UUID id, @PathParam("productId") UUID productId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return items.delete(market.products(), id, productId, ifMatch);
    }

    @POST
    @Path("/{id}/requirements")
    @Operation(operationId = "addRequirement", summary = "Add a credentialing, accreditation or panel requirement")
    @APIResponse(responseCode = "201", description = Replies.CREATED, content = @Content(schema = @Schema(implementation = RequirementResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public Response addRequirement(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id,
                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid RequirementRequest request, UriInfo uri) {
        return items.add(key, uri, request, market.requirements(), id, ProviderRequirement::new, request::applyTo, RequirementResponse::of);
    }

    @GET
    @Path("/{id}/requirements")
    @Operation(operationId = "listRequirements", summary = "List the payor's credentialing, accreditation and panel requirements")
    public PageResponse<RequirementResponse> listRequirements(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return items.list(market.requirements(), id, page, RequirementResponse::of);
    }

    @GET
    @Path("/{id}/requirements/{requirementId}")
    @Operation(operationId = "getRequirement", summary = "Read one provider requirement; the ETag is what If-Match needs")
    public RestResponse<RequirementResponse> getRequirement(@PathParam("id") UUID id, @PathParam("requirementId") UUID requirementId) {
        return items.get(market.requirements(), id, requirementId, RequirementResponse::of);
    }

    @PUT
    @Path("/{id}/requirements/{requirementId}")
    @Operation(operationId = "replaceRequirement", summary = "Replace one provider requirement (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<RequirementResponse> replaceRequirement(@PathParam("id") UUID id, @PathParam("requirementId") UUID requirementId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid RequirementRequest request) {
        return items.replace(market.requirements(), id, requirementId, ifMatch, request::applyTo, RequirementResponse::of);
    }

    @DELETE
    @Path("/{id}/requirements/{requirementId}")
    @Operation(operationId = "deleteRequirement", summary = "Delete one provider requirement (If-Match required)")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<Void> deleteRequirement(@PathParam("id") UUID id, @PathParam("requirementId") UUID requirementId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return items.delete(market.requirements(), id, requirementId, ifMatch);
    }
}
