package com.payorcontracts.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Future;

/**
 * Publishes outbox rows to Kafka in the order they were written, then marks them published.
 *
 * <p>Delivery is at least once: a crash between the broker's acknowledgement and the commit sends
 * a batch again, which consumers absorb by event id. A PostgreSQL advisory lock lets only one
 * replica relay at a time, which keeps each aggregate's events in order across replicas. While
 * Kafka is down a pass fails, nothing is marked, and the next pass tries again.
 *
 * <p>A pass runs right after every transaction that appended to the outbox commits, and once a
 * poll interval besides (for rows left by a crash or an outage). All passes run on one thread.
 */
@ApplicationScoped
@IfBuildProperty(name = "payorcontracts.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    // Any constant works; it only has to be the same in every replica of one service.
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private static final String SELECT = """
            SELECT id, topic, aggregate_id, payload, headers FROM outbox_event
            WHERE published_at IS NULL ORDER BY id LIMIT ?""";
    private static final String MARK = "UPDATE outbox_event SET published_at = ? WHERE id = ANY (?)";
    private static final String PURGE = "DELETE FROM outbox_event WHERE published_at < ?";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Counter published;
    private final Counter failures;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile KafkaProducer<String, byte[]> producer;

    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config,
                @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.published = registry.counter("outbox.published");
        this.failures = registry.counter("outbox.relay.failures");
    }

    void onAppendCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake();
    }

    @Scheduled(every = "${payorcontracts.outbox.poll-interval:1s}", delayed = "1s")
    void poll() {
        wake();
    }

    /** Asks for a pass; requests that arrive while one is already queued share it. */
    void wake() {
        if (!stopping && passQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    passQueued.set(false);
                    relay();
                });
            } catch (RejectedExecutionException shuttingDown) {
                // The rows stay in the outbox; the next start publishes them.
                passQueued.set(false);
            }
        }
    }

    void relay() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::publishBatch) == config.batchSize() && !stopping) {
                // a full batch means more may be waiting (unless the service is stopping: they wait for the next start)
            }
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warnf("Outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> execute(PURGE, Timestamp.from(Instant.now().minus(config.retention()))));
    }

    /** Publishes one batch and returns how many rows it published. */
    int publishBatch() {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryRelayLock(connection)) {
                return 0;
            }
            List<Long> ids = new ArrayList<>();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setInt(1, config.batchSize());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        sends.add(producer().send(record(rows)));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            producer().flush();
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
            try (PreparedStatement mark = connection.prepareStatement(MARK)) {
                Array array = connection.createArrayOf("bigint", ids.toArray());
                mark.setTimestamp(1, Timestamp.from(Instant.now()));
                mark.setArray(2, array);
                mark.executeUpdate();
            }
            published.increment(ids.size());
            return ids.size();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox database access failed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused an outbox event: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    private static boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static ProducerRecord<String, byte[]> record(ResultSet row) throws SQLException {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.getString(2), row.getString(3), row.getBytes(4));
        HeaderJson.read(row.getString(5)).forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private void execute(String sql, Timestamp parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        KafkaProducer<String, byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Events carry whole fee schedules: compress, and allow up to the topic's 16 MiB ceiling.
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Fail a pass quickly when the broker is away; the rows simply wait for the next pass.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return settings;
    }

    /**
     * On SIGTERM, before the rest of the service stops: no new pass starts, the batch being published
     * finishes (acknowledged and marked, or failed and left for the next start: the producer's
     * timeouts bound it), and only then does the producer close. No transaction is left to the reaper.
     */
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        if (!worker.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) {
            LOG.warn("Outbox relay pass still running at shutdown; its rows stay unpublished and go at the next start");
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
