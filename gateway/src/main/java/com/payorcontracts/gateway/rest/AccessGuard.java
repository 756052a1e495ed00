package com.payorcontracts.gateway.rest;

import com.payorcontracts.gateway.service.RateLimiter;
import com.payorcontracts.gateway.service.RouteTable;
import com.payorcontracts.gateway.service.TokenVerifier;
import com.payorcontracts.security.RequestChecks;
import com.payorcontracts.security.SecurityMatrix;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * In front of every /api/v1 request: a valid bearer token (401 otherwise), roles the security
 * matrix allows for the method and path (403 otherwise), and room in the client's rate limit on
 * the route (429 with Retry-After otherwise). The Authorization header goes on to the service
 * unchanged: it checks the token again.
 */
@Singleton
public class AccessGuard {

    static final String CALLER = "caller";
    private static final Logger LOG = Logger.getLogger(AccessGuard.class);

    private final TokenVerifier tokens;
    private final SecurityMatrix matrix;
    private final RateLimiter rateLimiter;

    AccessGuard(TokenVerifier tokens, RateLimiter rateLimiter) {
        this.tokens = tokens;
        this.matrix = SecurityMatrix.load();
        this.rateLimiter = rateLimiter;
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        String path = request.path();
        if (!RequestChecks.isPlainPath(path)) {
            refuse(ctx, 400, "Bad request", "the path must be plain: no dot segments or encoded separators");
            return;
        }
        String token = RequestChecks.bearerToken(request.getHeader("Authorization"));
        if (token == null) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"payorcontracts\"");
            refuse(ctx, 401, "Unauthorized", "a bearer token is required (Authorization: Bearer ...)");
            return;
        }
        request.pause();
        tokens.verify(token).onComplete(verified -> {
            if (verified.failed()) {
                response.putHeader("WWW-Authenticate", "Bearer realm=\"payorcontracts\", error=\"invalid_token\"");
                refuse(ctx, 401, "Unauthorized", "the bearer token is not valid: bad signature, expired, or for another issuer or audience");
                return;
            }
            TokenVerifier.Caller caller = verified.result();
            if (!matrix.allowed(request.method().name(), path, caller.roles())) {
                LOG.infof("403 %s %s for %s with roles %s", request.method(), path, caller.subject(), caller.roles());
                refuse(ctx, 403, "Forbidden", "roles " + caller.roles() + " may not " + request.method() + " " + path
                        + " (docs/security.md)");
                return;
            }
            RouteTable.Target target = RouteResolver.of(ctx);
            if (target != null) {
                long wait = rateLimiter.acquire(target.name(), caller.subject());
                if (wait > 0) {
                    response.putHeader("Retry-After", Long.toString(wait));
                    refuse(ctx, 429, "Too many requests", "more than the rate limit of the " + target.name()
                            + " route for " + caller.subject() + "; try again in " + wait + " s");
                    return;
                }
            }
            ctx.put(CALLER, caller);
            ctx.next();
        });
    }

    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        // The body is not read: let it drain rather than stall the connection.
        ctx.request().resume();
        Problems.send(ctx.response(), status, title, detail, ctx.request().path());
    }
}
