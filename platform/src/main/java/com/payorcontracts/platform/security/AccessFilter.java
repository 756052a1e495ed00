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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Set;

/**
 * Every service's own check of every request, the same one the gateway makes, deny by default:
 * a path that is not plain (encoded letters, dot segments, {@code //}, {@code ;}) is refused with
 * 400 whatever its prefix, before anything else; the few public paths of
 * {@link RequestChecks#access} pass; every other path needs a valid bearer token (401 otherwise)
 * whose roles the security matrix allows for the method and path (403 otherwise). A service
 * reached directly, bypassing the gateway, is no way around the rules; {@link ResourceGuard}
 * checks again once an endpoint is matched. The token itself is verified by smallrye-jwt
 * ({@code mp.jwt.verify.*}); authentication is lazy ({@code quarkus.http.auth.proactive=false})
 * so that a bad token is answered here, as problem+json.
 */
public class AccessFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    static final String INVALID_TOKEN = "the bearer token is not valid: bad signature, expired, or for another issuer or audience";

    private final SecurityMatrix matrix = SecurityMatrix.load();
    private final CurrentIdentityAssociation identities;
    private final Caller caller;
    private final ObjectMapper json;

    AccessFilter(CurrentIdentityAssociation identities, Caller caller, ObjectMapper json) {
        this.identities = identities;
        this.caller = caller;
        this.json = json;
    }

    // Pre-matching: an unknown path is refused like a known one, so a caller without a token learns nothing.
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        switch (RequestChecks.access(path)) {
            case NOT_PLAIN -> {
                return Uni.createFrom().item(problem(json, ProblemType.VALIDATION, path,
                        "the path must be plain: no encoded ASCII characters, dot segments, empty segments or ';'"));
            }
            case PUBLIC -> {
                return Uni.createFrom().nullItem();
            }
            default -> {
                // PROTECTED: go on below.
            }
        }
        if (RequestChecks.bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION)) == null) {
            return Uni.createFrom().item(unauthorized(json, path, "a bearer token is required (Authorization: Bearer ...)", false));
        }
        String method = request.getMethod();
        String requestId = RequestChecks.requestId(request.getHeaderString(RequestChecks.REQUEST_ID));
        return identities.getDeferredIdentity()
                .map(identity -> decide(identity, method, path, requestId))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("token refused on %s %s: %s", method, path, failure.getMessage());
                    return unauthorized(json, path, INVALID_TOKEN, true);
                });
    }

    private Response decide(SecurityIdentity identity, String method, String path, String requestId) {
        if (identity.isAnonymous()) {
            return unauthorized(json, path, INVALID_TOKEN, true);
        }
        Set<String> roles = identity.getRoles();
        if (!matrix.allowed(method, path, roles)) {
            LOG.infof("403 %s %s for %s with roles %s", method, path, identity.getPrincipal().getName(), roles);
            return problem(json, ProblemType.FORBIDDEN, path, "roles " + roles + " may not " + method + " " + path + " (docs/security.md)");
        }
        caller.checked(subject(identity), roles, requestId);
        return null;
    }

    /** The token's {@code sub}, as the gateway reads it; the principal's name when there is none. */
    private static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

    static Response unauthorized(ObjectMapper json, String path, String detail, boolean invalidToken) {
        Response problem = problem(json, ProblemType.UNAUTHORIZED, path, detail);
        String challenge = "Bearer realm=\"payorcontracts\"" + (invalidToken ? ", error=\"invalid_token\"" : "");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    static Response problem(ObjectMapper json, ProblemType type, String path, String detail) {
        ProblemDetail body = new ProblemDetail(type.uri(), type.title(), type.status(), detail, path, List.of());
        try {
            return Response.status(type.status()).type(ProblemDetail.MEDIA_TYPE).entity(json.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
