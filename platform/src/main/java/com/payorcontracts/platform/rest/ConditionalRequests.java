package com.payorcontracts.platform.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conditional requests alike on every operation. A change whose operation takes If-Match (a
 * {@code @HeaderParam("If-Match")}) and comes without one is a 428 before anything else is looked at,
 * its body included; the resource checks the tag itself ({@link EntityTags#fromIfMatch}). A GET whose
 * If-None-Match names the ETag its answer carries is answered 304 without a body (RFC 9110 section
 * 13.1.2), so every resource that tags its GETs ({@link EntityTags#tagged}) is cheap to poll.
 */
public class ConditionalRequests {

    private final Map<Method, Boolean> takesIfMatch = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireIfMatch(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null && takesIfMatch.computeIfAbsent(method, ConditionalRequests::takesIfMatch)) {
            String ifMatch = request.getHeaderString(EntityTags.IF_MATCH);
            if (ifMatch == null || ifMatch.isBlank()) {
                throw ApiException.preconditionRequired();
            }
        }
    }

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (etag != null && !EntityTags.noneMatch(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag.toString())) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean takesIfMatch(Method method) {
        return Arrays.stream(method.getParameters()).map(p -> p.getAnnotation(HeaderParam.class))
                .anyMatch(header -> header != null && header.value().equalsIgnoreCase(EntityTags.IF_MATCH));
    }
}
