package com.payorcontracts.payor.service;

import com.payorcontracts.payor.config.IdempotencyConfig;
import com.payorcontracts.platform.rest.ApiException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a POST at most once per Idempotency-Key. The key row is inserted in the same transaction as
 * the change, so the change and its stored answer commit together: a concurrent retry waits on the
 * key's unique index until the first commits, then replays its answer; if the first failed, the
 * retry runs. Only successful answers are stored, so a retry after an error simply runs again.
 */
@ApplicationScoped
public class Idempotency {

    /** The answer to a POST as it is stored and replayed. */
    public record Reply(int status, String body, String location, String etag, boolean replayed) {
    }

    // Claims the key; an expired claim is taken over in place.
    private static final String CLAIM = """
            INSERT INTO idempotency_key (idempotency_key, request_hash, created_at) VALUES (?1, ?2, ?3)
            ON CONFLICT (idempotency_key) DO UPDATE
              SET request_hash = excluded.request_hash, status = NULL, body = NULL, location = NULL, etag = NULL,
                  created_at = excluded.created_at
              WHERE idempotency_key.created_at < ?4""";
    private static final String STORE = """
            UPDATE idempotency_key SET status = ?2, body = ?3, location = ?4, etag = ?5 WHERE idempotency_key = ?1""";
    private static final String FIND = """
            SELECT request_hash, status, body, location, etag FROM idempotency_key WHERE idempotency_key = ?1""";

    private final EntityManager em;
    private final IdempotencyConfig config;
    private final Clock clock;

    Idempotency(EntityManager em, IdempotencyConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Does {@code work} and renders its result, unless {@code key} was seen with the same request,
     * in which case the first answer comes back; with another request it is a 422.
     *
     * @param request what identifies the request: method, path and canonical body
     */
    @Transactional
    public <T> Reply run(String key, String request, Supplier<T> work, Function<T, Reply> render) {
        if (key == null) {
            return flushAndRender(work, render);
        }
        checkKey(key);
        String hash = sha256(request);
        Instant now = Instant.now(clock);
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, key).setParameter(2, hash).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .setParameter(4, now.minus(config.retention()).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (claimed == 1) {
            Reply reply = flushAndRender(work, render);
            em.createNativeQuery(STORE).setParameter(1, key).setParameter(2, reply.status()).setParameter(3, reply.body())
                    .setParameter(4, reply.location()).setParameter(5, reply.etag()).executeUpdate();
            return reply;
        }
        Object[] first = (Object[]) em.createNativeQuery(FIND).setParameter(1, key).getSingleResult();
        if (!hash.equals(first[0])) {
            throw PayorProblem.idempotencyKeyReused();
        }
        return new Reply(((Number) first[1]).intValue(), (String) first[2], (String) first[3], (String) first[4], true);
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetExpiredKeys() {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(config.retention())).executeUpdate();
    }

    // Flushed before rendering so that the answer shows the version (ETag) the change committed with.
    private <T> Reply flushAndRender(Supplier<T> work, Function<T, Reply> render) {
        T result = work.get();
        em.flush();
        return render.apply(result);
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalidField("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
