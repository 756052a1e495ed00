package com.payorcontracts.analytics;

import com.payorcontracts.events.CloudEventHeaders;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.events.ReferenceScheduleChanged;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;

/** What the tests share: contracts and reference schedules published to the real broker, the 835 samples, polling. */
public final class Fixtures {

    private static KafkaProducer<String, byte[]> producer;

    private Fixtures() {
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** A FIXED fee-schedule line. */
    public static ContractChanged.FeeScheduleLine fixed(String code, String amount) {
        return ContractChanged.FeeScheduleLine.fixed(code, null, new BigDecimal(amount));
    }

    /** Base rate terms from a date: a fee schedule, unlisted codes not covered. */
    public static ContractChanged.RateTerms rates(String from, UUID referenceScheduleId, ContractChanged.FeeScheduleLine... lines) {
        return new ContractChanged.RateTerms(LocalDate.parse(from), "BASE", null, referenceScheduleId, List.of(lines),
                new ContractChanged.DefaultRule("NOT_COVERED", null), null, null, null, false, null, null);
    }

    /** Publishes a contract of the payor, 2026-01-01..2028-12-31, paying in 30 days or 12% a year interest, and waits for it. */
    public static UUID contract(UUID payorId, ContractChanged.ProviderEntity provider, ContractChanged.RateTerms... rates) {
        UUID contractId = UUID.randomUUID();
        ContractChanged.ContractTerms terms = new ContractChanged.ContractTerms(payorId, "Test contract " + contractId,
                "ACTIVE", LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), provider, null, null,
                new ContractChanged.PaymentTerms(30, new BigDecimal("12"), 90, 180), List.of(rates));
        publishContract(new ContractChanged.V1(UUID.randomUUID(), contractId, 1, Instant.now(),
                ContractChanged.ChangeKind.CREATED, terms));
        awaitStatus("/api/v1/analytics/contracts/" + contractId, 200);
        return contractId;
    }

    public static void publishContract(ContractChanged.V1 event) {
        send(topic("payorcontracts.consumer.topic"), event.contractId().toString(), EventCodec.encode(event),
                ContractChanged.TYPE_V1);
    }

    /** On payor-changed, which both the payor projection and the EDI payer ids read. */
    public static void publishPayor(PayorChanged.V1 event) {
        send(topic("payorcontracts.consumer.payor.topic"), event.payorId().toString(), EventCodec.encode(event),
                PayorChanged.TYPE_V1);
    }

    public static void publishSchedule(ReferenceScheduleChanged.V1 event) {
        send(topic("payorcontracts.consumer.reference-schedule.topic"), event.scheduleId().toString(),
                EventCodec.encode(event), ReferenceScheduleChanged.TYPE_V1);
    }

    public static void publishNegotiation(com.payorcontracts.events.NegotiationChanged.V1 event) {
        send(topic("payorcontracts.consumer.negotiation.topic"), event.negotiationId().toString(),
                EventCodec.encode(event), com.payorcontracts.events.NegotiationChanged.TYPE_V1);
    }

    private static String topic(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static void send(String topic, String key, byte[] value, String type) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void awaitStatus(String path, int status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get(path).then().extract().statusCode() == status);
    }

    /** Polls a job until it ends and returns its final state. */
    public static String awaitJob(String jobPath) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String state = given().get(jobPath).then().statusCode(200).extract().path("state");
            return "SUCCEEDED".equals(state) || "FAILED".equals(state);
        });
        return given().get(jobPath).then().extract().path("state");
    }

    /** The shared real-world 835 samples, read in place. */
    public static byte[] sample835(String name) {
        return testdata("x12-835/" + name);
    }

    /** A file of shared/testdata, read in place; {@code -Dtestdata.dir} overrides where shared/testdata is. */
    public static byte[] testdata(String relative) {
        String override = System.getProperty("testdata.dir");
        Path base = override != null && !override.isBlank() ? Path.of(override) : Path.of("../../shared/testdata");
        Path file = base.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("test data not found at " + file.toAbsolutePath().normalize()
                    + "; set -Dtestdata.dir to the shared/testdata folder");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
