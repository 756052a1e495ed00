package com.payorcontracts.contract.messaging;

import com.payorcontracts.events.CloudEventHeaders;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.payorcontracts.testing.TopicTail;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Against the real broker: a change leaves through the outbox as a keyed, versioned CloudEvent. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ContractChangedPublishingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "payorcontracts.topics.contract-changed")
    String topic;

    private TopicTail topicTail;

    @BeforeEach
    void readFromTheEndOfTheTopic() {
        topicTail = TopicTail.of(bootstrap, topic);
    }

    @AfterEach
    void close() {
        topicTail.close();
    }

    @Test
    void publishesEachChangeKeyedByContractWithAGrowingVersionAndTheFullTerms() {
        UUID payorId = UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(contract(payorId, "Published", "[{\"code\":\"22630\",\"amount\":4120.55}]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(contract(payorId, "Published v2", "[{\"code\":\"22630\",\"amount\":4300}]"))
                .put("/api/v1/contracts/" + id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = topicTail.await(id, 2, Duration.ofSeconds(15));

        ContractChanged.V1 created = EventCodec.decode(records.get(0).value(), ContractChanged.V1.class);
        ContractChanged.V1 updated = EventCodec.decode(records.get(1).value(), ContractChanged.V1.class);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.kind()).isEqualTo(ContractChanged.ChangeKind.CREATED);
        assertThat(created.contract().rateVersions().get(0).feeSchedule()).extracting(ContractChanged.FeeScheduleLine::amount)
                .containsExactly(new java.math.BigDecimal("4120.55"));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.contract().name()).isEqualTo("Published v2");
        assertThat(updated.eventId()).isNotEqualTo(created.eventId());
        assertThat(TopicTail.header(records.get(1), CloudEventHeaders.TYPE)).isEqualTo(ContractChanged.TYPE_V1);
        assertThat(TopicTail.header(records.get(1), CloudEventHeaders.ID)).isEqualTo(updated.eventId().toString());
        assertThat(TopicTail.header(records.get(1), CloudEventHeaders.SOURCE)).isEqualTo("/contract-service");
        assertThat(TopicTail.header(records.get(1), CloudEventHeaders.SUBJECT)).isEqualTo(id);
    }

    @Test
    void doesNotPublishARejectedChange() {
        UUID payorId = UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body(contract(payorId, "Once", "[]"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(contract(payorId, "Bad", "[{\"code\":\"x\",\"amount\":1}]"))
                .put("/api/v1/contracts/" + id).then().statusCode(400);
        given().header("If-Match", "*").contentType(ContentType.JSON).body(contract(payorId, "Twice", "[]"))
                .put("/api/v1/contracts/" + id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = topicTail.await(id, 2, Duration.ofSeconds(15));

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
        given().header("If-Match", "*").contentType("text/csv").body(csv.toString()).put("/api/v1/contracts/" + id + "/fee-schedule")
                .then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = topicTail.await(id, 2, Duration.ofSeconds(15));

        ContractChanged.V1 imported = EventCodec.decode(records.get(1).value(), ContractChanged.V1.class);
        assertThat(imported.kind()).isEqualTo(ContractChanged.ChangeKind.FEE_SCHEDULE_IMPORTED);
        assertThat(imported.contract().rateVersions().get(0).feeSchedule()).hasSize(20_000);
        assertThat(records.get(1).serializedValueSize()).isGreaterThan(1_000_000);
    }


}
