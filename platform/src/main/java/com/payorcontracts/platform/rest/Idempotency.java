package com.payorcontracts.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.platform.config.IdempotencyConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on every POST that creates or changes something: a retry with the same
 * key and request gets the first answer again ({@code Idempotent-Replayed: true}), the same key with
 * another request is a 422. Keys belong to the caller (the token's subject), so a replay never shows
 * one caller what was answered to another. Only successful answers are kept: a retry after an error
 * runs again. Needs the {@code idempotent_request} table (payor-service's V40 migration).
 * <ul>
 * <li>{@link #post} runs a change inside its transaction: the key row is inserted first, so a
 * concurrent retry waits on its unique index until the first commits, then replays its answer;
 * change and answer commit together.</li>
 * <li>{@link #postAlone} is for work that commits on its own (bulk COPY on several connections):
 * the key is claimed first in a transaction of its own, and a concurrent retry waits until the
 * answer is stored.</li>
 * </ul>
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    /** What a POST answered: status, body, Location (relative to the caller's host) and the version for ETag. */
    public record Answer(int status, Object body, URI location, Long version) {

        public static Answer created(URI location, Object body, Long version) {
            return new Answer(201, body, location, version);
        }

        public static Answer ok(Object body, Long version) {
            return new Answer(200, body, null, version);
        }
    }

    private record Stored(String hash, Integer status, String body, String location, String etag) {
    }

    // Claims the key; an expired claim is taken over in place.
    private static final String CLAIM = """
            INSERT INTO idempotent_request (subject, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (subject, idempotency_key) DO UPDATE
              SET request_hash = excluded.request_hash, status = NULL, body = NULL, location = NULL, etag = NULL,
                  created_at = excluded.created_at
              WHERE idempotent_request.created_at < ?""";
    private static final String STORE = """
            UPDATE idempotent_request SET status = ?, body = ?, location = ?, etag = ? WHERE subject = ? AND idempotency_key = ?""";
    private static final String FIND = """
            SELECT request_hash, status, body, location, etag FROM idempotent_request WHERE subject = ? AND idempotency_key = ?""";
    private static final String FORGET = "DELETE FROM idempotent_request WHERE subject = ? AND idempotency_key = ?";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AgroalDataSource dataSource;
    private final Instance<EntityManager> entityManager;
    private final Instance<SecurityIdentity> identity;
    private final IdempotencyConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    Idempotency(AgroalDataSource dataSource, Instance<EntityManager> entityManager, Instance<SecurityIdentity> identity,
                IdempotencyConfig config, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.identity = identity;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Does {@code work} in this transaction and answers with {@code answer} of its result, unless
     * {@code key} was seen with the same request: then the first answer comes back.
     *
     * @param request the request's body (parsed, so formatting does not count; or its text or bytes);
     *                with the path and query it tells one request from another
     */
    @Transactional
    public <T> Response post(String key, UriInfo uri, Object request, Supplier<T> work, Function<T, Answer> answer) {
        if (key == null) {
            return respond(render(answer.apply(flushed(work))), false);
        }
        checkKey(key);
        String subject = subject();
        String hash = fingerprint(uri, request);
        try (Connection connection = dataSource.getConnection()) {
            if (claim(connection, subject, key, hash)) {
                Stored first = render(answer.apply(flushed(work)));
                store(connection, subject, key, first);
                return respond(first, false);
            }
            return replay(find(connection, subject, key), hash);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like {@link #post}, for work that commits on its own; it may answer anything, a 202 included. */
    public Response postAlone(String key, UriInfo uri, Object request, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        checkKey(key);
        String subject = subject();
        String hash = fingerprint(uri, request);
        Instant deadline = Instant.now(clock).plus(WAIT);
        try (Connection connection = dataSource.getConnection()) {
            while (true) {
                if (claim(connection, subject, key, hash)) {
                    return runAlone(connection, subject, key, work);
                }
                Stored first = find(connection, subject, key);
                if (first != null && (!first.hash().equals(hash) || first.status() != null)) {
                    return replay(first, hash);
                }
                if (Instant.now(clock).isAfter(deadline)) {
                    throw ApiException.conflict("a request with this Idempotency-Key is still running; retry it later");
                }
                sleep();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void forgetExpiredKeys() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotent_request WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now(clock).minus(config.retention())));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response runAlone(Connection connection, String subject, String key, Supplier<Response> work) throws SQLException {
        Response response;
        try {
            response = work.get();
        } catch (RuntimeException | Error e) {
            forget(connection, subject, key);
            throw e;
        }
        if (response.getStatus() >= 400) {
            forget(connection, subject, key);
            return response;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        store(connection, subject, key, new Stored(null, response.getStatus(), write(response.getEntity()),
                location == null ? null : relative(URI.create(location.toString())), etag == null ? null : etag.toString()));
        return response;
    }

    private boolean claim(Connection connection, String subject, String key, String hash) throws SQLException {
        Instant now = Instant.now(clock);
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, subject);
            claim.setString(2, key);
            claim.setString(3, hash);
            claim.setTimestamp(4, Timestamp.from(now));
            claim.setTimestamp(5, Timestamp.from(now.minus(config.retention())));
            return claim.executeUpdate() == 1;
        }
    }

    private static void store(Connection connection, String subject, String key, Stored answer) throws SQLException {
        try (PreparedStatement store = connection.prepareStatement(STORE)) {
            store.setInt(1, answer.status());
            store.setString(2, answer.body());
            store.setString(3, answer.location());
            store.setString(4, answer.etag());
            store.setString(5, subject);
            store.setString(6, key);
            store.executeUpdate();
        }
    }

    private static Stored find(Connection connection, String subject, String key) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, subject);
            find.setString(2, key);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                int status = row.getInt(2);
                return new Stored(row.getString(1), row.wasNull() ? null : status, row.getString(3), row.getString(4),
                        row.getString(5));
            }
        }
    }

    private static void forget(Connection connection, String subject, String key) throws SQLException {
        try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setString(1, subject);
            forget.setString(2, key);
            forget.executeUpdate();
        }
    }

    private static Response replay(Stored first, String hash) {
        if (first == null || !first.hash().equals(hash)) {
            throw ApiException.idempotencyKeyReused();
        }
        if (first.status() == null) {
            throw ApiException.conflict("a request with this Idempotency-Key is still running; retry it later");
        }
        return respond(first, true);
    }

    private static Response respond(Stored answer, boolean replayed) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body());
        if (answer.location() != null) {
            // Relative: written against the host the caller used (through the gateway, its host).
            response.location(URI.create(answer.location()));
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (replayed) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    private Stored render(Answer answer) {
        return new Stored(null, answer.status(), write(answer.body()),
                answer.location() == null ? null : relative(answer.location()),
                answer.version() == null ? null : EntityTags.of(answer.version()));
    }

    // Flushed before the answer is rendered, so that its ETag shows the version the change commits with.
    private <T> T flushed(Supplier<T> work) {
        T result = work.get();
        if (entityManager.isResolvable()) {
            entityManager.get().flush();
        }
        return result;
    }

    private String subject() {
        if (!identity.isResolvable() || identity.get().isAnonymous()) {
            return "";
        }
        SecurityIdentity caller = identity.get();
        return caller.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : caller.getPrincipal().getName();
    }

    private String fingerprint(UriInfo uri, Object request) {
        String body = request instanceof byte[] bytes ? sha256(bytes) : request instanceof String text ? text : write(request);
        String query = uri.getRequestUri().getRawQuery();
        return sha256(("POST " + uri.getPath() + (query == null ? "" : "?" + query) + "\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static String relative(URI location) {
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private String write(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalidField(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }

    /** The SHA-256 of some bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
