package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.Payor;
import com.payorcontracts.payor.service.PayorService;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP face of payors. */
@Path("/api/v1/payors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payors")
public class PayorResource {

    private final PayorService service;

    PayorResource(PayorService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createPayor", summary = "Create a payor")
    public Response create(@NotNull(message = "a JSON body is required") @Valid PayorRequest request, UriInfo uri) {
        Payor payor = service.create(request.name(), request.type());
        return Response.created(uri.getAbsolutePathBuilder().path(payor.id.toString()).build())
                .entity(PayorResponse.of(payor)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPayor", summary = "Read one payor")
    public PayorResponse get(@PathParam("id") UUID id) {
        return PayorResponse.of(service.get(id));
    }

    @GET
    @Operation(operationId = "listPayors", summary = "List payors by name, one page at a time")
    public PageResponse<PayorResponse> list(@BeanParam @Valid PageRequest page) {
        return service.list(page, PayorResponse::of);
    }
}
