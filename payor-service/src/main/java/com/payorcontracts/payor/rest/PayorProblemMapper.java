package com.payorcontracts.payor.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.payor.service.PayorProblem;
import com.payorcontracts.platform.rest.ProblemDetail;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@link PayorProblem}s as RFC 9457 problem+json, with their extension members and headers. */
public class PayorProblemMapper {

    private final ObjectMapper mapper;

    PayorProblemMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerExceptionMapper
    public Response problem(PayorProblem e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type());
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", e.getMessage());
        body.put("instance", uri.getPath());
        body.putAll(e.extensions());
        Response.ResponseBuilder response = Response.status(e.status()).type(ProblemDetail.MEDIA_TYPE).entity(write(body));
        e.headers().forEach(response::header);
        return response.build();
    }

    // Belt and braces: rows are locked before If-Match is checked, but if the version check at
    // flush ever fires, the client must still learn that its edit did not land.
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://payorcontracts.dev/problems/precondition-failed");
        body.put("title", "Precondition failed");
        body.put("status", 412);
        body.put("detail", "someone else changed this at the same time; GET it again and reapply your change");
        body.put("instance", uri.getPath());
        return Response.status(412).type(ProblemDetail.MEDIA_TYPE).entity(write(body)).build();
    }

    private String write(Map<String, Object> body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
