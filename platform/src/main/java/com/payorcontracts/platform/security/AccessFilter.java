package com.payorcontracts.platform.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.security.RequestChecks;
import com.payorcontracts.security.SecurityMatrix;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Set;

/**
 * Every service's own check of every /api/v1 request, the same one the gateway makes: a valid
 * bearer token (401 otherwise) whose roles the security matrix allows for the method and path (403
 * otherwise). A service reached directly, bypassing the gateway, is no way around the rules.
 * The token itself is verified by smallrye-jwt ({@code mp.jwt.verify.*}); authentication is lazy
 * ({@code quarkus.http.auth.proactive=false}) so that a bad token is answered here, as problem+json.
 */
public class AccessFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    private static final String API = "/api/v1/";

    private final SecurityMatrix matrix = SecurityMatrix.load();
    private final CurrentIdentityAssociation identities;
    private final CallerRoles callerRoles;
    private final ObjectMapper json;

    AccessFilter(CurrentIdentityAssociation identities, CallerRoles callerRoles, ObjectMapper json) {
        this.identities = identities;
        this.callerRoles = callerRoles;
        this.json = json;
    }

    // Pre-matching: an unknown path is refused like a known one, so a caller without a token learns nothing.
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith(API)) {
            return Uni.createFrom().nullItem();
        }
        if (!RequestChecks.isPlainPath(path)) {
            return Uni.createFrom().item(problem(ProblemType.VALIDATION, path,
                    "the path must be plain: no dot segments or encoded separators"));
        }
        if (RequestChecks.bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION)) == null) {
            return Uni.createFrom().item(unauthorized(path, "a bearer token is required (Authorization: Bearer ...)", false));
        }
        String method = request.getMethod();
        return identities.getDeferredIdentity()
                .map(identity -> decide(identity, method, path))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("token refused on %s %s: %s", method, path, failure.getMessage());
                    return unauthorized(path, "the bearer token is not valid: bad signature, expired, or for another issuer or audience", true);
                });
    }

    private Response decide(SecurityIdentity identity, String method, String path) {
        if (identity.isAnonymous()) {
            return unauthorized(path, "the bearer token is not valid: bad signature, expired, or for another issuer or audience", true);
        }
        Set<String> roles = identity.getRoles();
        if (!matrix.allowed(method, path, roles)) {
            LOG.infof("403 %s %s for %s with roles %s", method, path, identity.getPrincipal().getName(), roles);
            return problem(ProblemType.FORBIDDEN, path, "roles " + roles + " may not " + method + " " + path + " (docs/security.md)");
        }
        callerRoles.set(roles);
        return null;
    }

    private Response unauthorized(String path, String detail, boolean invalidToken) {
        Response problem = problem(ProblemType.UNAUTHORIZED, path, detail);
        String challenge = "Bearer realm=\"payorcontracts\"" + (invalidToken ? ", error=\"invalid_token\"" : "");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private Response problem(ProblemType type, String path, String detail) {
        ProblemDetail body = new ProblemDetail(type.uri(), type.title(), type.status(), detail, path, List.of());
        try {
            return Response.status(type.status()).type(ProblemDetail.MEDIA_TYPE).entity(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
