package com.payorcontracts.gateway.service;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks bearer tokens with smallrye-jwt's parser, configured by {@code mp.jwt.verify.*}: RS256
 * signature against the configured public key or JWKS, issuer, audience and expiry. A token that
 * passed is remembered until it expires, so a client's next requests cost a map lookup, not an
 * RSA verification; the cache key is the whole token, signature included.
 */
@Singleton
public class TokenVerifier {

    /** Who calls: the token's subject and its roles (the groups claim). */
    public record Caller(String subject, Set<String> roles, long expiresAtSeconds) {
    }

    /** The token is missing, malformed, badly signed, expired or meant for someone else. */
    public static final class InvalidToken extends Exception {
        InvalidToken(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class);
    private static final int CACHE_LIMIT = 10_000;

    private final JWTParser parser;
    private final Vertx vertx;
    private final Clock clock;
    private final Map<String, Caller> verified = new ConcurrentHashMap<>();

    TokenVerifier(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
        this.clock = Clock.systemUTC();
    }

    /** The caller of a token, or a failed future with {@link InvalidToken}. */
    public Future<Caller> verify(String token) {
        Caller known = verified.get(token);
        if (known != null) {
            if (clock.millis() / 1000 < known.expiresAtSeconds()) {
                return Future.succeededFuture(known);
            }
            verified.remove(token);
        }
        // Off the event loop: with a JWKS address the parser may fetch keys over the network.
        return vertx.executeBlocking(() -> parse(token), false);
    }

    private Caller parse(String token) throws InvalidToken {
        try {
            JsonWebToken jwt = parser.parse(token);
            Caller caller = new Caller(jwt.getSubject() == null ? jwt.getName() : jwt.getSubject(),
                    Set.copyOf(jwt.getGroups()), jwt.getExpirationTime());
            if (verified.size() >= CACHE_LIMIT) {
                verified.clear();
            }
            verified.put(token, caller);
            return caller;
        } catch (ParseException | RuntimeException e) {
            LOG.debugf("token refused: %s", rootMessage(e));
            throw new InvalidToken(rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Never the token itself: jose4j's details quote it whole.
        String message = String.valueOf(root.getMessage());
        int details = message.indexOf(" Additional details");
        return details < 0 ? message : message.substring(0, details);
    }
}
