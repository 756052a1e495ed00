package com.payorcontracts.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a topic from its current end, so a test sees only what it caused. Assigned to every
 * partition rather than subscribed: no group rebalance to wait for, and no other reader shares it.
 */
public final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;

    private TopicTail(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    /** Positions at the end of every partition of the topic before returning. */
    public static TopicTail of(String bootstrapServers, String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-tail-" + UUID.randomUUID()),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic)) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new TopicTail(consumer);
    }

    /**
     * Waits up to {@code timeout} for exactly {@code expected} records with this key, in offset order.
     * It keeps reading for a second after the last expected one, so an extra (wrong) record fails too.
     */
    public List<ConsumerRecord<String, byte[]>> await(String key, int expected, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        Instant settle = null;
        while (Instant.now().isBefore(deadline) && (settle == null || Instant.now().isBefore(settle))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            }
            if (settle == null && found.size() >= expected) {
                settle = Instant.now().plusSeconds(1);
            }
        }
        assertThat(found).as("records keyed %s", key).hasSize(expected);
        return found;
    }

    /** A header's value as text. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
