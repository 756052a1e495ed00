package com.payorcontracts.analytics.messaging;

import com.payorcontracts.analytics.config.ConsumerConfig;
import com.payorcontracts.analytics.service.ContractProjector;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads contract-changed into the projection on a thread of its own.
 *
 * <p>Offsets are committed only after the events they cover were applied, so a crash replays
 * them, and {@link ContractProjector} makes a replay harmless. When applying fails (the database
 * is down, say) the consumer rewinds to the first unapplied record and tries again after a pause:
 * nothing is skipped. Only a record that can never be read as the event is skipped, and counted.
 */
@ApplicationScoped
public class ContractChangedConsumer {

    private static final Logger LOG = Logger.getLogger(ContractChangedConsumer.class);

    private final ConsumerConfig config;
    private final ContractProjector projector;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry metrics;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    ContractChangedConsumer(ConsumerConfig config, ContractProjector projector,
                            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry metrics) {
        this.config = config;
        this.projector = projector;
        this.kafkaConfig = kafkaConfig;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "contract-changed-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    /** For readiness: false when the consumer should run but its thread has died. */
    public boolean healthy() {
        return !config.enabled() || (thread != null && thread.isAlive());
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerSettings(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            kafka.subscribe(List.of(config.topic()));
            while (running) {
                ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    applyAll(kafka, records);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("contract-changed consumer woken unexpectedly", e);
            }
        } catch (RuntimeException e) {
            LOG.error("contract-changed consumer stopped", e);
        }
    }

    private void applyAll(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                try {
                    apply(record);
                } catch (RuntimeException e) {
                    LOG.warnf("Could not apply %s-%d@%d, retrying in %s: %s", record.topic(), record.partition(),
                            record.offset(), config.retryBackoff(), e.getMessage());
                    metrics.counter("consumer.contract_changed.retries").increment();
                    rewind(kafka, records, done);
                    kafka.commitSync(done);
                    pause();
                    return;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        kafka.commitSync(done);
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        ContractChanged.V1 event;
        try {
            event = EventCodec.decode(record.value(), ContractChanged.V1.class);
        } catch (MalformedEventException e) {
            LOG.errorf("Skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            metrics.counter("consumer.contract_changed.skipped").increment();
            return;
        }
        ContractProjector.Outcome outcome = projector.apply(event);
        metrics.counter("consumer.contract_changed.events", "outcome", outcome.name().toLowerCase()).increment();
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
            Thread.sleep(config.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Map<String, Object> consumerSettings() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group builds the projection from the whole history of the topic.
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        settings.putIfAbsent(org.apache.kafka.clients.consumer.ConsumerConfig.CLIENT_ID_CONFIG, "analytics-contract-projection");
        return settings;
    }
}
