package com.payorcontracts.payor.messaging;

import com.payorcontracts.events.CloudEventHeaders;
import com.payorcontracts.events.EventCodec;
import com.payorcontracts.events.PayorChanged;
import io.quarkus.test.junit.QuarkusTest;
import com.payorcontracts.testing.TopicTail;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.moveTo;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Against the real broker: payor changes leave through the outbox as keyed, versioned CloudEvents. */
@QuarkusTest
class PayorChangedPublishingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "payorcontracts.topics.payor-changed")
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
    void publishesProfileStatusPolicyAndBulletinChangesWithAGrowingVersion() {
        String id = createPayor("""
                {"name": "Evented Health", "type": "COMMERCIAL",
                 "ediPayerIds": [{"payerId": "EVT01", "clearinghouse": "Clearpath Exchange"}]}""");
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"")
                .body("{\"name\":\"Evented Health Plan\",\"type\":\"COMMERCIAL\"}")
                .put("/api/v1/payors/" + id).then().statusCode(200);
        moveTo(id, "RESEARCHING");
        String policyId = given().contentType(ContentType.JSON)
                .body("{\"code\":\"64483\",\"priorAuthRequired\":true,\"effectiveDate\":\"2026-01-01\"}")
                .post("/api/v1/payors/" + id + "/um-policies").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("{\"state\":\"TX\",\"coveredLives\":1000,\"asOf\":\"2025-12-31\",\"source\":\"test\"}")
                .post("/api/v1/payors/" + id + "/presence").then().statusCode(201);
        String bulletinId = given().contentType(ContentType.JSON)
                .body("{\"title\":\"t\",\"summary\":\"s\",\"effectiveDate\":\"2026-01-01\",\"impacts\":[\"RATE\"]}")
                .post("/api/v1/payors/" + id + "/bulletins").then().statusCode(201).extract().path("id");
        given().header("If-Match", "*").delete("/api/v1/payors/" + id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = topicTail.await(id, 6, Duration.ofSeconds(15));
        List<PayorChanged.V1> events = records.stream().map(r -> EventCodec.decode(r.value(), PayorChanged.V1.class)).toList();

        assertThat(events).extracting(PayorChanged.V1::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events).extracting(PayorChanged.V1::kind).containsExactly(PayorChanged.ChangeKind.CREATED,
                PayorChanged.ChangeKind.UPDATED, PayorChanged.ChangeKind.STATUS_CHANGED, PayorChanged.ChangeKind.UM_POLICY_CHANGED,
                PayorChanged.ChangeKind.BULLETIN_CHANGED, PayorChanged.ChangeKind.ARCHIVED);
        assertThat(events.get(0).payor().ediPayerIds()).containsExactly(new PayorChanged.EdiPayerId("EVT01", "Clearpath Exchange"));
        assertThat(events.get(1).payor().name()).isEqualTo("Evented Health Plan");
        assertThat(events.get(2).payor().status()).isEqualTo("RESEARCHING");
        assertThat(events.get(3).changedItemId()).hasToString(policyId);
        assertThat(events.get(4).changedItemId()).hasToString(bulletinId);
        assertThat(events.get(5).payor().archived()).isTrue();
        assertThat(TopicTail.header(records.get(0), CloudEventHeaders.TYPE)).isEqualTo(PayorChanged.TYPE_V1);
        assertThat(TopicTail.header(records.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/payor-service");
        assertThat(TopicTail.header(records.get(0), CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(TopicTail.header(records.get(0), CloudEventHeaders.ID)).isEqualTo(events.get(0).eventId().toString());
    }

    @Test
    void doesNotPublishARejectedChangeNorAChangeThatAddsNothing() {
        String id = createPayor("Quiet Health", "MEDICAID");
        given().contentType(ContentType.JSON).header("If-Match", "W/\"9\"").body("{\"name\":\"Stale\",\"type\":\"MEDICAID\"}")
                .put("/api/v1/payors/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"CONTRACTED\",\"reason\":\"r\"}")
                .post("/api/v1/payors/" + id + "/status").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\":\"Rep\",\"role\":\"CLAIMS\"}")
                .post("/api/v1/payors/" + id + "/contacts").then().statusCode(201);
        moveTo(id, "RESEARCHING");

        List<ConsumerRecord<String, byte[]>> records = topicTail.await(id, 2, Duration.ofSeconds(15));

        assertThat(records).extracting(r -> EventCodec.decode(r.value(), PayorChanged.V1.class).kind())
                .containsExactly(PayorChanged.ChangeKind.CREATED, PayorChanged.ChangeKind.STATUS_CHANGED);
    }

    @Test
    void carriesTheChangedPolicyBulletinOrInteractionAsItNowIsAndSaysWhenItWasRemoved() {
        String id = createPayor("Itemized Health", "COMMERCIAL");
        String policyId = given().contentType(ContentType.JSON)
                .body("{\"code\":\"64483\",\"modifier\":\"RT\",\"priorAuthRequired\":true,"
                        + "\"effectiveDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}")
                .post("/api/v1/payors/" + id + "/um-policies").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"Fusion rates\",\"summary\":\"s\",\"publishedOn\":\"2026-02-01\","
                        + "\"effectiveDate\":\"2026-03-01\",\"affectedCodes\":[\"22612\",\"22614\"],"
                        + "\"impacts\":[\"RATE\",\"AUTHORIZATION\"]}")
                .post("/api/v1/payors/" + id + "/bulletins").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"CALL\",\"occurredOn\":\"2026-02-10\",\"nextFollowUpOn\":\"2026-02-24\"}")
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201);
        given().header("If-Match", "*").delete("/api/v1/payors/" + id + "/um-policies/" + policyId).then().statusCode(204);

        List<PayorChanged.V1> events = topicTail.await(id, 5, Duration.ofSeconds(15)).stream()
                .map(r -> EventCodec.decode(r.value(), PayorChanged.V1.class)).toList();

        assertThat(events.get(0).item()).isNull();
        PayorChanged.ItemState policy = events.get(1).item();
        assertThat(policy.id()).hasToString(policyId);
        assertThat(policy.removed()).isFalse();
        assertThat(policy.umPolicy()).isEqualTo(new PayorChanged.UmPolicyState("64483", "RT", true,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
        assertThat(events.get(2).item().bulletin()).isEqualTo(new PayorChanged.BulletinState("Fusion rates",
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"), List.of("22612", "22614"),
                List.of("RATE", "AUTHORIZATION")));
        assertThat(events.get(3).kind()).isEqualTo(PayorChanged.ChangeKind.INTERACTION_CHANGED);
        assertThat(events.get(3).item().interaction()).isEqualTo(new PayorChanged.InteractionState("CALL",
                LocalDate.parse("2026-02-10"), LocalDate.parse("2026-02-24"), false));
        assertThat(events.get(4).item().removed()).isTrue();
        assertThat(events.get(4).item().umPolicy().code()).isEqualTo("64483");
    }
}
