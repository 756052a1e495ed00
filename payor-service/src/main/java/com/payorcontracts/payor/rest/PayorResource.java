package com.payorcontracts.payor.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.domain.PayorProfile;
import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.payor.service.PayorService;
import com.payorcontracts.platform.audit.AuditEvent;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.KeysetPageRequest;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageTokenCodec;
import com.payorcontracts.platform.rest.PageTokens;
import com.payorcontracts.payor.repository.PayorSearch;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** HTTP face of payor profiles and the payor search. */
@Path("/api/v1/payors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payors", description = "payor-service: payor profiles and the payor search")
public class PayorResource {

    static final String BODY_REQUIRED = "a JSON body is required";

    private final PayorService service;
    private final Replies replies;
    private final ObjectMapper json;
    private final Validator validator;
    private final PayorCsv csv;
    private final PageTokens pageTokens;

    PayorResource(PayorService service, Replies replies, ObjectMapper json, Validator validator, PayorCsv csv, PageTokens pageTokens) {
        this.pageTokens = pageTokens;
        this.service = service;
        this.replies = replies;
        this.json = json;
        this.validator = validator;
        this.csv = csv;
    }

    @POST
    @Operation(operationId = "createPayor", summary = "Create a payor (status PROSPECT)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = PayorResponse.class)))
    public Response create(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key,
                           @NotNull(message = BODY_REQUIRED) @Valid PayorRequest request, UriInfo uri) {
        return replies.post(key, uri, request, () -> service.create(request.toProfile()),
                payor -> Replies.Outcome.created(payor.id, PayorResponse.of(payor), payor.rowVersion));
    }

    @GET
    @Operation(operationId = "listPayors", summary = "Search payors by name, type, status, state presence and covered lives")
    public PageResponse<PayorResponse> list(@BeanParam @Valid PayorSearchParams search, @BeanParam @Valid KeysetPageRequest page,
                                            UriInfo uri) {
        PayorSearch query = search.toSearch();
        PageTokenCodec.PageToken token = pageTokens.read(page, uri);
        return pageTokens.page(service.searchPage(query, page, token), page, token,
                PageTokens.totalItems(token, () -> service.count(query)), uri,
                query.sort()::keyOf).map(PayorResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPayor", summary = "Read one payor; the ETag is what If-Match needs")
    public RestResponse<PayorResponse> get(@PathParam("id") UUID id) {
        Payor payor = service.get(id);
        return Replies.tagged(PayorResponse.of(payor), payor.rowVersion);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "listPayorAudit",
            summary = "The payor's audit trail, newest first: who (the token's subject and roles), when, which request, what changed; its items' changes included")
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return service.audit(id, page);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replacePayor", summary = "Replace a payor's profile (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<PayorResponse> replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                               @NotNull(message = BODY_REQUIRED) @Valid PayorRequest request) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        PayorProfile profile = request.toProfile();
        return reply(service.editProfile(id, expected, current -> profile));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    // Documented as the fields of a PayorRequest, each optional; read as a tree to tell null (clear) from absent.
    @RequestBody(content = @Content(schema = @Schema(implementation = PayorRequest.class)))
    @Operation(operationId = "patchPayor", summary = "Change some fields of a payor's profile: JSON Merge Patch, null clears (If-Match required)")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "409", description = Replies.ARCHIVED)
    public RestResponse<PayorResponse> patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                             @NotNull(message = BODY_REQUIRED) JsonNode patch) {
        EntityTags expected = EntityTags.fromIfMatch(ifMatch);
        if (!patch.isObject()) {
            throw ApiException.invalidField("body", "must be a JSON object of the fields to change");
        }
        return reply(service.editProfile(id, expected, current -> patched(current, patch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "archivePayor",
            summary = "Archive a payor (If-Match required); payors are never deleted because contracts may name them")
    public RestResponse<PayorResponse> archive(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return reply(service.archive(id, EntityTags.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("/{id}/restore")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(operationId = "restorePayor", summary = "Bring an archived payor back")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PayorResponse.class)))
    public Response restore(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key, @PathParam("id") UUID id, UriInfo uri) {
        return replies.post(key, uri, "", () -> service.restore(id),
                payor -> Replies.Outcome.ok(PayorResponse.of(payor), payor.rowVersion));
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importPayors", summary = "Import payors from CSV, all or nothing; a bad file is a 400 naming every bad field"
            + " by row (1 is the first data row) and column. Columns: name, type (required), legalName, parentOrganization,"
            + " ediPayerIds (PAYERID@Clearinghouse;...), portalUrl, notes")
    @APIResponse(responseCode = "201", description = "Every row imported",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    public Response importCsv(@HeaderParam(Replies.IDEMPOTENCY_KEY) String key,
                              @Schema(example = "name,type,ediPayerIds,portalUrl\nCascade Mutual Health,COMMERCIAL,CMH01@Clearpath Exchange,https://providers.cascademutual.example")
                              String csv, UriInfo uri) {
        return replies.post(key, uri, csv == null ? "" : csv, () -> {
            List<PayorCsv.Line> lines = this.csv.read(csv);
            List<Payor> created = service.createAll(lines.stream().map(PayorCsv.Line::profile).toList());
            return ImportResponse.of(lines, created);
        }, imported -> new Replies.Outcome(201, imported, null, null));
    }

    private static RestResponse<PayorResponse> reply(Payor payor) {
        return Replies.tagged(PayorResponse.of(payor), payor.rowVersion);
    }

    // The patch is applied to the current profile as JSON, then read and validated like a PUT body,
    // so both paths accept and reject exactly the same documents.
    private PayorProfile patched(PayorProfile current, JsonNode patch) {
        JsonNode merged = MergePatch.apply(json.valueToTree(PayorRequest.of(current)), patch);
        PayorRequest request;
        try {
            request = json.treeToValue(merged, PayorRequest.class);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(e, 400);
        }
        Set<ConstraintViolation<PayorRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request.toProfile();
    }
}
