package com.payorcontracts.analytics.messaging;

import com.payorcontracts.analytics.config.ConsumerConfig;
import com.payorcontracts.analytics.repository.Jdbc;
import com.payorcontracts.analytics.service.ContractProjector;
import com.payorcontracts.analytics.service.JobHandler;
import com.payorcontracts.analytics.service.Jobs;
import com.payorcontracts.analytics.service.ReferenceScheduleProjector;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.MalformedEventException;
import com.payorcontracts.events.ReferenceScheduleChanged;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds both projections from the whole history of their topics, as a job: the projections and
 * their processed-event records are emptied, then every record from the beginning up to the end
 * offsets seen at the start is applied again (newest version wins, as always). The live consumers
 * keep running meanwhile; what they apply is kept. Progress counts records read.
 */
@ApplicationScoped
public class ProjectionRebuild implements JobHandler {

    private final Jobs jobs;
    private final Jdbc jdbc;
    private final ConsumerConfig config;
    private final ContractProjector contracts;
    private final ReferenceScheduleProjector schedules;
    private final Map<String, Object> kafkaConfig;

    ProjectionRebuild(Jobs jobs, Jdbc jdbc, ConsumerConfig config, ContractProjector contracts,
                      ReferenceScheduleProjector schedules,
                      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.config = config;
        this.contracts = contracts;
        this.schedules = schedules;
        this.kafkaConfig = kafkaConfig;
    }

    @Override
    public Jobs.Kind kind() {
        return Jobs.Kind.REBUILD_PROJECTIONS;
    }

    @Override
    public void run(Jobs.Job job) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        settings.remove(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG);
        String contractTopic = config.topic();
        String scheduleTopic = config.referenceSchedule().topic();
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(contractTopic, scheduleTopic)) {
                for (PartitionInfo info : kafka.partitionsFor(topic, Duration.ofSeconds(10))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            Map<TopicPartition, Long> start = kafka.beginningOffsets(partitions);
            long total = partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
            empty();
            jobs.progress(job.id(), 0, total, List.of(), Map.of());
            long read = 0;
            int skipped = 0;
            Map<String, Object> result = Jobs.result();
            while (partitions.stream().anyMatch(p -> kafka.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    read++;
                    try {
                        if (record.topic().equals(contractTopic)) {
                            contracts.apply(EventCodec.decode(record.value(), ContractChanged.V1.class));
                        } else {
                            schedules.apply(EventCodec.decode(record.value(), ReferenceScheduleChanged.V1.class));
                        }
                    } catch (MalformedEventException e) {
                        skipped++;
                    }
                }
                result.put("recordsRead", read);
                result.put("unreadableSkipped", skipped);
                jobs.progress(job.id(), read, total, List.of(), result);
            }
            jobs.finish(job.id(), Jobs.State.SUCCEEDED, result, List.of());
        }
    }

    private void empty() {
        jdbc.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM contract_projection");
                statement.execute("DELETE FROM reference_schedule_projection");
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM processed_event WHERE consumer IN (?, ?)")) {
                statement.setString(1, ContractProjector.CONSUMER);
                statement.setString(2, ReferenceScheduleProjector.CONSUMER);
                return statement.executeUpdate();
            }
        });
    }
}
