package com.payorcontracts.analytics.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.platform.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POSTs: the first answer to a key (for a path) is stored and replayed
 * for a retry of the same request; the same key with a different request is a 422. Without the
 * header the request simply runs (natural keys still make a repeat harmless).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Idempotency(Jdbc jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Runs the action once per key; {@code request} is what identifies the request (its body). */
    Response once(String key, String path, byte[] request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ApiException.invalidField(HEADER, "must be at most 200 characters");
        }
        String hash = sha256(request);
        Response replay = jdbc.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT request_hash, status, location, body FROM idempotency_key WHERE key = ? AND path = ?")) {
                statement.setString(1, key);
                statement.setString(2, path);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    if (!rs.getString(1).equals(hash)) {
                        throw new ApiException(ProblemType.UNPROCESSABLE, HEADER + " " + key
                                + " was used for a different request", List.of(new ProblemDetail.FieldError(HEADER,
                                "was used before with a different body")));
                    }
                    Response.ResponseBuilder builder = Response.status(rs.getInt(2)).type(MediaType.APPLICATION_JSON)
                            .entity(rs.getString(4)).header("Idempotent-Replayed", "true");
                    if (rs.getString(3) != null) {
                        builder.location(URI.create(rs.getString(3)));
                    }
                    return builder.build();
                }
            }
        });
        if (replay != null) {
            return replay;
        }
        Response response = action.get();
        if (response.getStatus() < 500) {
            String body = write(response.getEntity());
            jdbc.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO idempotency_key (key, path, request_hash, status, location, body, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    statement.setString(1, key);
                    statement.setString(2, path);
                    statement.setString(3, hash);
                    statement.setInt(4, response.getStatus());
                    statement.setString(5, response.getLocation() == null ? null : response.getLocation().toString());
                    statement.setString(6, body);
                    statement.setTimestamp(7, Timestamp.from(Instant.now(clock)));
                    return statement.executeUpdate();
                }
            });
        }
        return response;
    }

    byte[] bytes(Object request) {
        try {
            return json.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object entity) {
        if (entity instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
