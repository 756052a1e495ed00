package com.payorcontracts.contract.messaging;

import com.payorcontracts.events.CloudEventHeaders;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Against the real broker: a change leaves through the outbox as a keyed, versioned CloudEvent. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ContractChangedPublishingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "payorcontracts.topics.contract-changed")
    String topic;

    private KafkaConsumer<String, byte[]> consumer;

    @BeforeEach
    void readFromTheEndOfTheTopic() {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "contract-test-" + UUID.randomUUID()),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic)) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void publishesEachChangeKeyedByContractWithAGrowingVersionAndTheFullTerms() {
        UUID payorId = UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(contract(payorId, "Published", "[{\"code\":\"22630\",\"amount\":4120.55}]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(contract(payorId, "Published v2", "[{\"code\":\"22630\",\"amount\":4300}]"))
                .put("/api/v1/contracts/" + id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = recordsFor(id, 2);

        ContractChanged.V1 created = EventCodec.decode(records.get(0).value(), ContractChanged.V1.class);
        ContractChanged.V1 updated = EventCodec.decode(records.get(1).value(), ContractChanged.V1.class);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.kind()).isEqualTo(ContractChanged.ChangeKind.CREATED);
        assertThat(created.contract().rateVersions().get(0).feeSchedule()).extracting(ContractChanged.FeeScheduleLine::amount)
                .containsExactly(new java.math.BigDecimal("4120.55"));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.contract().name()).isEqualTo("Published v2");
        assertThat(updated.eventId()).isNotEqualTo(created.eventId());
        assertThat(header(records.get(1), CloudEventHeaders.TYPE)).isEqualTo(ContractChanged.TYPE_V1);
        assertThat(header(records.get(1), CloudEventHeaders.ID)).isEqualTo(updated.eventId().toString());
        assertThat(header(records.get(1), CloudEventHeaders.SOURCE)).isEqualTo("/contract-service");
        assertThat(header(records.get(1), CloudEventHeaders.SUBJECT)).isEqualTo(id);
    }

    @Test
    void doesNotPublishARejectedChange() {
        UUID payorId = UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body(contract(payorId, "Once", "[]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(contract(payorId, "Bad", "[{\"code\":\"x\",\"amount\":1}]"))
                .put("/api/v1/contracts/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).body(contract(payorId, "Twice", "[]"))
                .put("/api/v1/contracts/" + id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = recordsFor(id, 2);

        assertThat(records).extracting(r -> EventCodec.decode(r.value(), ContractChanged.V1.class).version())
                .containsExactly(1L, 2L);
    }

    @Test
    void publishesATwentyThousandLineScheduleAsOneCompressedRecord() {
        String id = given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "Big", "[]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        StringBuilder csv = new StringBuilder("code,modifier,amount\r\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(String.format("%05d", 10000 + i / 2)).append(',').append(i % 2 == 0 ? "" : "50").append(",123.45\r\n");
        }
        given().contentType("text/csv").body(csv.toString()).put("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = recordsFor(id, 2);

        ContractChanged.V1 imported = EventCodec.decode(records.get(1).value(), ContractChanged.V1.class);
        assertThat(imported.kind()).isEqualTo(ContractChanged.ChangeKind.FEE_SCHEDULE_IMPORTED);
        assertThat(imported.contract().rateVersions().get(0).feeSchedule()).hasSize(20_000);
        assertThat(records.get(1).serializedValueSize()).isGreaterThan(1_000_000);
    }

    private List<ConsumerRecord<String, byte[]>> recordsFor(String key, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(15);
        while (found.size() < expected && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            }
        }
        assertThat(found).as("events for contract %s", key).hasSize(expected);
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
