package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Bulletin;
import com.payorcontracts.payor.domain.BulletinImpact;
import com.payorcontracts.payor.domain.UmPolicy;
import com.payorcontracts.payor.service.PolicyService;
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
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/** HTTP face of utilization-management policies and policy bulletins. */
@Path("/api/v1/payors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "UM policies and bulletins", description = "payor-service: utilization-management policies (prior authorization) and policy bulletins")
public class PolicyResource {

    private final ItemEndpoints items;
    private final PolicyService policies;

    PolicyResource(ItemEndpoints items, PolicyService policies) {
        this.items = items;
        this.policies = policies;
    }

    @GET
    @Path("/{id}/prior-authorization")
    @Operation(operationId = "checkPriorAuthorization",
            summary = "Which of these codes need prior authorization with this payor on this date, in one call")
    public PriorAuthResponse priorAuthorization(@PathParam("id") UUID id, @BeanParam @Valid PriorAuthQuery query) {
        return PriorAuthResponse.of(id, policies.priorAuthorization(id, query.codes(), query.date));
    }

    @GET
    @Path("/bulletins")
    @Operation(operationId = "listUpcomingBulletins", summary = "Bulletins of every payor taking effect in the next N days, soonest first")
    public PageResponse<BulletinResponse> upcoming(
            @QueryParam("days") @DefaultValue("30") @Min(value = 0, message = "must be 0 or more") @Max(value = 366, message = "must be at most 366")
            @Parameter(description = "From today through today + days") int days,
            @QueryParam("impact") @EnumValue(BulletinImpact.class) @Parameter(description = "Only bulletins with this impact") String impact,
            @QueryParam("code") @Pattern(regexp = Formats.CODE, message = Formats.CODE_MESSAGE)
            @Parameter(description = "Only bulletins affecting this code") String code,
            @BeanParam @Valid PageRequest page) {
        return Replies.map(policies.upcoming(days, impact == null ? null : BulletinImpact.valueOf(impact), code, page),
                b -> BulletinResponse.of(b.bulletin(), b.payorName()));
    }

    @POST
    @Path("/{id}/um-policies")
    @Operation(operationId = "addUmPolicy", summary = "Add a utilization-management policy for a code; overlapping periods for one code are a 409")
    @APIResponse(responseCode = "201", description = Replies.CREATED, content = @Content(schema = @Schema(implementation = UmPolicyResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED_OR_POLICY_OVERLAPS)
    public Response addUmPolicy(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id,
                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid UmPolicyRequest request, UriInfo uri) {
        return items.add(key, uri, request, policies.umPolicies(), id, UmPolicy::new, request::applyTo, UmPolicyResponse::of);
    }

    @GET
    @Path("/{id}/um-policies")
    @Operation(operationId = "listUmPolicies", summary = "List the payor's utilization-management policies")
    public PageResponse<UmPolicyResponse> listUmPolicies(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return items.list(policies.umPolicies(), id, page, UmPolicyResponse::of);
    }

    @GET
    @Path("/{id}/um-policies/{policyId}")
    @Operation(operationId = "getUmPolicy", summary = "Read one UM policy; the ETag is what If-Match needs")
    public RestResponse<UmPolicyResponse> getUmPolicy(@PathParam("id") UUID id, @PathParam("policyId") UUID policyId) {
        return items.get(policies.umPolicies(), id, policyId, UmPolicyResponse::of);
    }

    @PUT
    @Path("/{id}/um-policies/{policyId}")
    @Operation(operationId = "replaceUmPolicy", summary = "Replace one UM policy (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED_OR_POLICY_OVERLAPS)
    public RestResponse<UmPolicyResponse> replaceUmPolicy(@PathParam("id") UUID id, @PathParam("policyId") UUID policyId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid UmPolicyRequest request) {
        return items.replace(policies.umPolicies(), id, policyId, ifMatch, request::applyTo, UmPolicyResponse::of);
    }

    @DELETE
    @Path("/{id}/um-policies/{policyId}")
    @Operation(operationId = "deleteUmPolicy", summary = "Delete one UM policy (If-Match required)")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<Void> deleteUmPolicy(@PathParam("id") UUID id, @PathParam("policyId") UUID policyId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return items.delete(policies.umPolicies(), id, policyId, ifMatch);
    }

    @POST
    @Path("/{id}/bulletins")
    @Operation(operationId = "addBulletin", summary = "Add a policy bulletin")
    @APIResponse(responseCode = "201", description = Replies.CREATED, content = @Content(schema = @Schema(implementation = BulletinResponse.class)))
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public Response addBulletin(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id,
                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid BulletinRequest request, UriInfo uri) {
        return items.add(key, uri, request, policies.bulletins(), id, Bulletin::new, request::applyTo, BulletinResponse::of);
    }

    @GET
    @Path("/{id}/bulletins")
    @Operation(operationId = "listBulletins", summary = "List the payor's policy bulletins, latest effective first")
    public PageResponse<BulletinResponse> listBulletins(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return items.list(policies.bulletins(), id, page, BulletinResponse::of);
    }

    @GET
    @Path("/{id}/bulletins/{bulletinId}")
    @Operation(operationId = "getBulletin", summary = "Read one bulletin; the ETag is what If-Match needs")
    public RestResponse<BulletinResponse> getBulletin(@PathParam("id") UUID id, @PathParam("bulletinId") UUID bulletinId) {
        return items.get(policies.bulletins(), id, bulletinId, BulletinResponse::of);
    }

    @PUT
    @Path("/{id}/bulletins/{bulletinId}")
    @Operation(operationId = "replaceBulletin", summary = "Replace one bulletin (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<BulletinResponse> replaceBulletin(@PathParam("id") UUID id, @PathParam("bulletinId") UUID bulletinId,
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull(message = PayorResource.BODY_REQUIRED) @Valid BulletinRequest request) {
        return items.replace(policies.bulletins(), id, bulletinId, ifMatch, request::applyTo, BulletinResponse::of);
    }

    @DELETE
    @Path("/{id}/bulletins/{bulletinId}")
    @Operation(operationId = "deleteBulletin", summary = "Delete one bulletin (If-Match required)")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<Void> deleteBulletin(@PathParam("id") UUID id, @PathParam("bulletinId") UUID bulletinId,
                                           @HeaderParam("If-Match") String ifMatch) {
        return items.delete(policies.bulletins(), id, bulletinId, ifMatch);
    }
}
