package com.payorcontracts.platform.messaging;

import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one topic of events of one type on a thread of its own and hands each to a handler.
 *
 * <p>Offsets are committed only after the events they cover were handled, so a crash replays
 * them and the handler must make a replay harmless. When handling fails (the database is down,
 * say) the consumer rewinds to the first unhandled record and tries again after a pause: nothing
 * is skipped. A record that can never be read as the event goes to the topic's dead-letter topic
 * ({@link DeadLetters}) with the reason, and is counted; then the consumer goes on.
 *
 * <p>Each poll is applied up to its {@link BatchLimits} (records, bytes, time); what is left is
 * committed up to there and read again by the next poll, so no poll is held past
 * {@code max.poll.interval.ms} however slow the handler or large the records.
 *
 * @param <E> the event record
 */
public final class EventConsumer<E> {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final String name;
    private final String topic;
    private final Class<E> type;
    private final Function<E, String> handler;
    private final Map<String, Object> settings;
    private final Duration retryBackoff;
    private final MeterRegistry metrics;
    private final DeadLetters deadLetters;
    private final String metricPrefix;
    private final BatchLimits limits;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    /**
     * @param name    for logs, the thread, metrics and health checks, e.g. {@code contract-changed}
     * @param handler applies one event and says what it did (the {@code outcome} tag of the metric)
     */
    public EventConsumer(String name, String topic, String groupId, Class<E> type, Function<E, String> handler,
                  Map<String, Object> kafkaConfig, Duration retryBackoff, MeterRegistry metrics, DeadLetters deadLetters) {
        this(name, topic, groupId, type, handler, kafkaConfig, retryBackoff, metrics, deadLetters, BatchLimits.DEFAULT);
    }

    /** As above, with the batch bounded by {@code limits} rather than {@link BatchLimits#DEFAULT}. */
    public EventConsumer(String name, String topic, String groupId, Class<E> type, Function<E, String> handler,
                  Map<String, Object> kafkaConfig, Duration retryBackoff, MeterRegistry metrics, DeadLetters deadLetters,
                  BatchLimits limits) {
        this.name = name;
        this.limits = limits;
        this.deadLetters = deadLetters;
        this.topic = topic;
        this.type = type;
        this.handler = handler;
        this.retryBackoff = retryBackoff;
        this.metrics = metrics;
        this.metricPrefix = "consumer." + name.replace('-', '_');
        this.settings = new HashMap<>(kafkaConfig);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group builds the projection from the whole history of the topic.
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, limits.records());
        settings.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) BatchLimits.POLL_INTERVAL.toMillis());
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + name);
        // A whole reference schedule travels in one record (a larger one still comes, alone). One fetch holds
        // at most 16 MiB in the heap, not Kafka's 50 MiB: replaying a topic of large events fits a small heap.
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 16 * 1024 * 1024);
    }

    public String name() {
        return name;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name + "-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops after the event being applied: the events of the current batch applied so far have their
     * offsets committed, the rest are left to whoever reads the partition next, and the consumer
     * leaves its group. Only a consumer that does not stop within the grace period is woken up.
     */
    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(10_000);
            KafkaConsumer<String, byte[]> current = consumer;
            if (thread.isAlive() && current != null) {
                current.wakeup();
                thread.join(2_000);
            }
        }
    }

    public boolean alive() {
        return thread != null && thread.isAlive();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            kafka.subscribe(List.of(topic));
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        applyAll(kafka, records);
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    // The broker went away, say, while offsets were committed: what was applied stays applied
                    // (its redelivery changes nothing) and the consumer carries on once the broker is back.
                    LOG.warnf("%s consumer: %s; carrying on in %s", name, e.getMessage(), retryBackoff);
                    metrics.counter(metricPrefix + ".retries").increment();
                    pause();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error(name + " consumer woken unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error(name + " consumer stopped", e);
        }
    }

    private void applyAll(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        long started = System.nanoTime();
        int applied = 0;
        long appliedBytes = 0;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                long bytes = BatchLimits.size(record.serializedKeySize(), record.serializedValueSize());
                if (!running) {
                    // Stopping: hand back the rest of the batch (the next owner of the partition reads it).
                    rewind(kafka, records, done);
                    kafka.commitSync(done);
                    return;
                }
                if (limits.full(applied, appliedBytes, bytes, Duration.ofNanos(System.nanoTime() - started))) {
                    // The batch has had its share: commit what was applied, the next poll reads on from there.
                    metrics.counter(metricPrefix + ".batches_cut").increment();
                    rewind(kafka, records, done);
                    kafka.commitSync(done);
                    return;
                }
                try {
                    apply(record);
                } catch (RuntimeException e) {
                    LOG.warnf("Could not apply %s-%d@%d, retrying in %s: %s", record.topic(), record.partition(),
                            record.offset(), retryBackoff, e.getMessage());
                    metrics.counter(metricPrefix + ".retries").increment();
                    rewind(kafka, records, done);
                    kafka.commitSync(done);
                    pause();
                    return;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                applied++;
                appliedBytes += bytes;
            }
        }
        kafka.commitSync(done);
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        E event;
        try {
            event = EventCodec.decode(record.value(), type);
        } catch (MalformedEventException e) {
            // If the dead letter cannot be published this throws, and the record is retried like any other failure.
            deadLetters.send(name, record, e.getMessage());
            LOG.errorf("Unreadable record %s-%d@%d sent to %s%s: %s", record.topic(), record.partition(), record.offset(),
                    record.topic(), DeadLetters.SUFFIX, e.getMessage());
            metrics.counter(metricPrefix + ".dead_letters").increment();
            return;
        }
        String outcome = handler.apply(event);
        metrics.counter(metricPrefix + ".events", "outcome", outcome.toLowerCase()).increment();
    }

    // Every partition of the batch goes back to its first record not yet applied.
    private static void rewind(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records,
                               Map<TopicPartition, OffsetAndMetadata> done) {
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata applied = done.get(partition);
            long next = applied != null ? applied.offset() : records.records(partition).get(0).offset();
            kafka.seek(partition, next);
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryBackoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
