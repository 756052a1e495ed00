package com.payorcontracts.contract.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** payor-service, as far as contract-service needs it. */
@RegisterRestClient(configKey = "payor-service")
@Path("/api/v1/payors")
public interface PayorClient {

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") UUID id);
}
