package com.payorcontracts.analytics.messaging;

import com.payorcontracts.events.CloudEventHeaders;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Against the real broker: events on contract-changed become the projection, idempotently and in version order. */
@QuarkusTest
class ContractChangedConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "payorcontracts.consumer.topic")
    String topic;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void projectsAPublishedContractWithItsFeeSchedule() {
        UUID contractId = UUID.randomUUID();
        publish(event(contractId, 1, "Spine 2026", "612.40"));

        awaitVersion(contractId, 1)
                .body("name", equalTo("Spine 2026"))
                .body("status", equalTo("DRAFT"))
                .body("effectiveDate", equalTo("2026-01-01"))
                .body("rateVersions", hasSize(1))
                .body("rateVersions[0].feeSchedule[0].code", equalTo("62323"))
                .body("rateVersions[0].feeSchedule[0].amount", equalTo(612.40f));
    }

    @Test
    void ignoresARedeliveredEventEvenIfItsContentDiffers() {
        UUID contractId = UUID.randomUUID();
        ContractChanged.V1 first = event(contractId, 1, "Original", "100.00");
        publish(first);
        awaitVersion(contractId, 1);

        ContractChanged.V1 sameIdOtherContent = new ContractChanged.V1(first.eventId(), contractId, 2, Instant.now(),
                ContractChanged.ChangeKind.UPDATED, event(contractId, 2, "Tampered", "999.00").contract());
        publish(sameIdOtherContent);
        publish(event(contractId, 3, "Later", "120.00"));

        awaitVersion(contractId, 3).body("name", equalTo("Later"));
    }

    @Test
    void neverLetsAnOlderVersionOverwriteANewerOne() {
        UUID contractId = UUID.randomUUID();
        publish(event(contractId, 5, "Newest", "300.00"));
        awaitVersion(contractId, 5);

        publish(event(contractId, 4, "Older", "200.00"));
        UUID marker = UUID.randomUUID();
        publish(event(marker, 1, "Marker after the stale event", "1.00"));
        awaitVersion(marker, 1);

        given().when().get("/api/v1/analytics/contracts/" + contractId)
                .then().statusCode(200)
                .body("version", equalTo(5))
                .body("name", equalTo("Newest"));
    }

    @Test
    void sendsAnUnreadableRecordToTheDeadLetterTopicWithTheReasonAndKeepsConsuming() {
        UUID contractId = UUID.randomUUID();
        send(new ProducerRecord<>(topic, contractId.toString(), "{not json".getBytes(StandardCharsets.UTF_8)));
        publish(event(contractId, 1, "After garbage", "50.00"));

        awaitVersion(contractId, 1).body("name", equalTo("After garbage"));
        ConsumerRecord<String, byte[]> letter = deadLetter(contractId.toString());
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(letter, "dlq-reason")).contains("not a valid V1");
        assertThat(header(letter, "dlq-consumer")).isEqualTo("contract-changed");
        assertThat(header(letter, "dlq-origin")).startsWith(topic + "-");
    }

    /**
     * The projection's dead letter with the key, read from the start of the dead-letter topic (the webhook
     * fan-out reads the topic too and dead-letters the same record under its own name).
     */
    private ConsumerRecord<String, byte[]> deadLetter(String key) {
        try (KafkaConsumer<String, byte[]> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            dlq.subscribe(List.of(topic + ".dlq"));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : dlq.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && "contract-changed".equals(header(record, "dlq-consumer"))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter with key " + key + " on " + topic + ".dlq");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void answersAContractItHasNotSeenWith404() {
        given().when().get("/api/v1/analytics/contracts/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void isReadyOnlyWithItsConsumerRunning() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'contract-changed consumer' }.status", equalTo("UP"));
    }

    private static ContractChanged.V1 event(UUID contractId, long version, String name, String amount) {
        return new ContractChanged.V1(UUID.randomUUID(), contractId, version, Instant.now(),
                version == 1 ? ContractChanged.ChangeKind.CREATED : ContractChanged.ChangeKind.UPDATED,
                new ContractChanged.ContractTerms(UUID.randomUUID(), name, "DRAFT", LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2028-12-31"), null, null, null, null,
                        List.of(new ContractChanged.RateTerms(LocalDate.parse("2026-01-01"), "BASE", null, null,
                                List.of(ContractChanged.FeeScheduleLine.fixed("62323", null, new BigDecimal(amount))),
                                new ContractChanged.DefaultRule("NOT_COVERED", null), null, null, null, false, null, null))));
    }

    private void publish(ContractChanged.V1 event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.contractId().toString(), EventCodec.encode(event));
        record.headers().add(CloudEventHeaders.TYPE, ContractChanged.TYPE_V1.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse awaitVersion(UUID contractId, long version) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().get("/api/v1/analytics/contracts/" + contractId).then().extract().statusCode() == 200
                        && ((Number) given().get("/api/v1/analytics/contracts/" + contractId).then().extract().path("version")).longValue() == version);
        return given().when().get("/api/v1/analytics/contracts/" + contractId).then().statusCode(200);
    }
}
