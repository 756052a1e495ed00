package com.payorcontracts.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where a consumer puts a record it can never read: {@code <topic>.dlq}, the record's key, value and
 * headers unchanged, plus headers saying where it came from and why it was refused. The consumer
 * moves on only once the broker has acknowledged the dead letter, so an unreadable record is never
 * just dropped.
 */
public final class DeadLetters implements AutoCloseable {

    /** Topic name suffix of the dead-letter topics. */
    public static final String SUFFIX = ".dlq";
    public static final String REASON = "dlq-reason";
    public static final String CONSUMER = "dlq-consumer";
    public static final String ORIGIN = "dlq-origin";

    // The reason is for people reading the topic, not a place for a whole payload echoed by a parser.
    private static final int MAX_REASON = 500;

    private final Map<String, Object> settings;
    private KafkaProducer<String, byte[]> producer;

    /** @param clientId names the producer in the broker's logs and metrics, e.g. {@code analytics-dead-letters} */
    public DeadLetters(Map<String, Object> kafkaConfig, String clientId) {
        settings = new HashMap<>(kafkaConfig);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.remove("group.id");
    }

    /** Publishes the record to its topic's dead-letter topic and waits for the broker; throws if it cannot. */
    void send(String consumer, ConsumerRecord<String, byte[]> record, String reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(record.topic() + SUFFIX, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        letter.headers().add(REASON, utf8(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason));
        letter.headers().add(CONSUMER, utf8(consumer));
        letter.headers().add(ORIGIN, utf8(record.topic() + "-" + record.partition() + "@" + record.offset()));
        try {
            producer().send(letter).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish the dead letter of " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a dead letter", e);
        }
    }

    // Made at the first dead letter: most runs never need one.
    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
