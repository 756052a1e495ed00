package com.payorcontracts.contract.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * payor-service, as far as contract-service needs it. It checks tokens too: the caller's
 * Authorization (and X-Request-Id) go along, as listed in
 * {@code org.eclipse.microprofile.rest.client.propagateHeaders}.
 */
@RegisterClientHeaders
@RegisterRestClient(configKey = "payor-service")
@Path("/api/v1/payors")
public interface PayorClient {

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") UUID id);
}
