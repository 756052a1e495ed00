package com.payorcontracts.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.platform.rest.ProblemType;
import com.payorcontracts.security.SecurityMatrix;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * The second guard: once the router has matched an endpoint, the request must have passed
 * {@link AccessFilter} with a valid token, and the matrix must allow its roles on the path as the
 * router decoded it. A future hole in the first guard is then still a refusal, never a served request.
 */
public class ResourceGuard {

    private static final Logger LOG = Logger.getLogger(ResourceGuard.class);

    private final SecurityMatrix matrix = SecurityMatrix.load();
    private final Caller caller;
    private final ObjectMapper json;

    ResourceGuard(Caller caller, ObjectMapper json) {
        this.caller = caller;
        this.json = json;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, UriInfo uri) {
        String path = uri.getPath().startsWith("/") ? uri.getPath() : "/" + uri.getPath();
        Refusal refusal = refusal(matrix, caller.checked(), request.getMethod(), path, caller.roles());
        if (refusal == Refusal.NONE) {
            return null;
        }
        // Only a bug in AccessFilter gets here: say so loudly.
        LOG.errorf("second guard refused %s %s (%s): the access filter let it through", request.getMethod(), path, refusal);
        return refusal == Refusal.NO_TOKEN
                ? AccessFilter.unauthorized(json, path, "a bearer token is required (Authorization: Bearer ...)", false)
                : AccessFilter.problem(json, ProblemType.FORBIDDEN, path, "roles " + caller.roles() + " may not "
                + request.getMethod() + " " + path + " (docs/security.md)");
    }

    /** Why a matched endpoint is refused, if it is. */
    enum Refusal { NONE, NO_TOKEN, FORBIDDEN }

    /** The decision on a matched endpoint, given whether the access check passed and the router's decoded path. */
    static Refusal refusal(SecurityMatrix matrix, boolean checked, String method, String decodedPath, Set<String> roles) {
        if (!checked) {
            return Refusal.NO_TOKEN;
        }
        return matrix.allowed(method, decodedPath, roles) ? Refusal.NONE : Refusal.FORBIDDEN;
    }
}
