package com.payorcontracts.contract;

import com.payorcontracts.events.CloudEventHeaders;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.PayorChanged;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** payor-changed events as payor-service publishes them, sent to the test topic contract-service reads. */
public final class PayorEvents {

    private static KafkaProducer<String, byte[]> producer;

    private PayorEvents() {
    }

    /** A payor's profile with EDI payer ids (each at "Test Clearinghouse"). */
    public static PayorChanged.PayorState payor(String name, String... ediPayerIds) {
        List<PayorChanged.EdiPayerId> ids = java.util.Arrays.stream(ediPayerIds)
                .map(id -> new PayorChanged.EdiPayerId(id, "Test Clearinghouse")).toList();
        return new PayorChanged.PayorState(name, name + " Inc.", "COMMERCIAL", "ACTIVE", null, ids, null, false);
    }

    /** The payor's profile changed. */
    public static PayorChanged.V1 updated(UUID payorId, long version, PayorChanged.PayorState payor) {
        return new PayorChanged.V1(UUID.randomUUID(), payorId, version, Instant.now(), PayorChanged.ChangeKind.UPDATED, payor);
    }

    /** One of the payor's UM policies changed (or was removed). */
    public static PayorChanged.V1 umPolicy(UUID payorId, long version, PayorChanged.PayorState payor, UUID policyId,
                                           String code, boolean priorAuth, String from, String to, boolean removed) {
        PayorChanged.UmPolicyState policy = new PayorChanged.UmPolicyState(code, null, priorAuth,
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
        return new PayorChanged.V1(UUID.randomUUID(), payorId, version, Instant.now(), PayorChanged.ChangeKind.UM_POLICY_CHANGED,
                policyId, payor, new PayorChanged.ItemState(policyId, removed, policy, null, null));
    }

    public static void publish(PayorChanged.V1 event) {
        send(event.payorId().toString(), EventCodec.encode(event));
    }

    private static void send(String key, byte[] value) {
        String topic = ConfigProvider.getConfig().getValue("payorcontracts.consumer.payor-changed.topic", String.class);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEventHeaders.TYPE, PayorChanged.TYPE_V1.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
            producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
