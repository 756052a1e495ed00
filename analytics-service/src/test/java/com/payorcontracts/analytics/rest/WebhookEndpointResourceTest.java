package com.payorcontracts.analytics.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.analytics.WebhookReceiver;
import com.payorcontracts.analytics.domain.WebhookSignature;
import com.payorcontracts.events.ContractChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Webhook endpoints over the API, and deliveries from real events to a receiver on loopback (allowed in tests). */
@QuarkusTest
class WebhookEndpointResourceTest {

    private static final String ENDPOINTS = "/api/v1/webhooks/endpoints";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void registersAnEndpointShowingItsSecretOnceAndChangesItOnlyWithIfMatch() {
        String location = as("billing-integration").contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("job.finished"), "description", "Billing"))
                .post(ENDPOINTS).then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("state", equalTo("ENABLED"))
                .body("eventTypes", equalTo(List.of("job.finished")))
                .extract().header("Location");

        String etag = as("billing-integration").get(location).then().statusCode(200)
                .body("secret", nullValue())
                .body("url", equalTo(receiver.url()))
                .extract().header("ETag");
        Map<String, Object> change = Map.of("url", receiver.url(), "eventTypes", List.of("job.finished", "contract.changed"),
                "description", "Billing v2", "enabled", false);
        given().contentType(ContentType.JSON).body(change).put(location).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "W/\"99\"").body(change).put(location).then().statusCode(412);
        String changed = given().contentType(ContentType.JSON).header("If-Match", etag).body(change).put(location)
                .then().statusCode(200)
                .body("state", equalTo("DISABLED"))
                .body("disabledReason", equalTo("disabled by request"))
                .body("eventTypes", equalTo(List.of("job.finished", "contract.changed")))
                .body("secret", nullValue())
                .extract().header("ETag");

        as("viewer").get(location).then().statusCode(403);
        as("analyst").get(ENDPOINTS).then().statusCode(403);
        given().header("If-Match", etag).delete(location).then().statusCode(412);
        given().header("If-Match", changed).delete(location).then().statusCode(204);
        given().get(location).then().statusCode(404);
    }

    @Test
    void refusesTargetsOnPrivateAddressesOtherSchemesAndUnknownEventTypes() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://10.1.2.3/hook", "eventTypes", List.of("job.finished")))
                .post(ENDPOINTS).then().statusCode(400)
                .body("errors.field", hasItem("url"))
                .body("errors.message", hasItem("resolves to 10.1.2.3, a private or link-local address"));
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://203.0.113.10/hook", "eventTypes", List.of("job.finished")))
                .post(ENDPOINTS).then().statusCode(400)
                .body("errors.message", hasItem("must be an http or https URL"));
        given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "eventTypes", List.of("contract.deleted")))
                .post(ENDPOINTS).then().statusCode(400)
                .body("errors.field", hasItem(startsWith("eventTypes")));
    }

    @Test
    void deliversAContractActivationSignedSoTheReceiverVerifiesItAndLogsTheDelivery() {
        Map<String, Object> made = create(List.of("contract.changed", "contract.activated"));
        String secret = (String) made.get("secret");
        UUID contractId = UUID.randomUUID();
        Instant changedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Fixtures.publishContract(activated(contractId, changedAt));

        List<WebhookReceiver.Received> mine = awaitReceived(contractId, 2);
        assertThat(mine).extracting(r -> json(r.body()).path("type").asText())
                .containsExactlyInAnyOrder("contract.changed", "contract.activated");
        for (WebhookReceiver.Received r : mine) {
            assertThat(r.id()).startsWith("msg_").doesNotContain(".");
            assertThat(WebhookSignature.verify(secret, r.signature(), r.id(), Long.parseLong(r.timestamp()), r.body())).isTrue();
            JsonNode data = json(r.body()).path("data");
            assertThat(data.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(data.path("version").asLong()).isEqualTo(2);
            assertThat(json(r.body()).path("timestamp").asText()).isEqualTo(changedAt.toString());
        }
        assertThat(mine.get(0).id()).isNotEqualTo(mine.get(1).id());

        given().get(made.get("location") + "/deliveries").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.status", equalTo(List.of("DELIVERED", "DELIVERED")))
                .body("items.attempts", equalTo(List.of(1, 1)))
                .body("items.lastStatusCode", equalTo(List.of(204, 204)))
                .body("items[0].lastLatencyMs", notNullValue())
                .body("items.messageId", hasItem(mine.get(0).id()));
    }

    @Test
    void signsWithTheOldAndTheNewSecretWhileARotationOverlaps() {
        Map<String, Object> made = create(List.of("contract.changed"));
        String old = (String) made.get("secret");
        String fresh = given().post(made.get("location") + "/rotate-secret").then().statusCode(200)
                .body("previousSecretValidUntil", notNullValue())
                .extract().path("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        UUID contractId = UUID.randomUUID();

        Fixtures.publishContract(activated(contractId));

        WebhookReceiver.Received r = awaitReceived(contractId, 1).get(0);
        long timestamp = Long.parseLong(r.timestamp());
        assertThat(r.signature().split(" ")).hasSize(2);
        assertThat(WebhookSignature.verify(fresh, r.signature(), r.id(), timestamp, r.body())).isTrue();
        assertThat(WebhookSignature.verify(old, r.signature(), r.id(), timestamp, r.body())).isTrue();
        assertThat(r.signature().split(" ")[0]).isEqualTo(WebhookSignature.sign(fresh, r.id(), timestamp, r.body()));
    }

    @Test
    void retriesAFailingEndpointDisablesItAfterThreeFailuresAndRedeliversTheSameMessageOnRequest() {
        receiver.answer(500);
        Map<String, Object> made = create(List.of("contract.changed"));
        String location = (String) made.get("location");
        UUID contractId = UUID.randomUUID();

        Fixtures.publishContract(activated(contractId));

        // The test profile disables after 3 consecutive failures; retries after about 1 s and 3 s (±20 %).
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "DISABLED".equals(given().get(location).then().extract().path("state")));
        given().get(location).then()
                .body("consecutiveFailures", equalTo(3))
                .body("disabledReason", equalTo("3 consecutive failed attempts, the last: HTTP 500"));
        long deliveryId = given().get(location + "/deliveries").then()
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].lastStatusCode", equalTo(500))
                .body("items[0].lastError", equalTo("HTTP 500"))
                .extract().jsonPath().getLong("items[0].id");
        assertThat(awaitReceived(contractId, 3)).hasSize(3);

        receiver.answer(204);
        String etag = given().get(location).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("contract.changed"), "enabled", true))
                .put(location).then().statusCode(200)
                .body("state", equalTo("ENABLED"))
                .body("consecutiveFailures", equalTo(0));
        given().post(location + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202)
                .body("status", equalTo("PENDING"));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> "DELIVERED".equals(given().get(location + "/deliveries").then().extract().path("items[0].status")));
        List<WebhookReceiver.Received> all = awaitReceived(contractId, 4);
        assertThat(all).extracting(WebhookReceiver.Received::id).containsOnly(all.get(0).id());
        assertThat(all).extracting(r -> new String(r.body())).containsOnly(new String(all.get(0).body()));
        given().post(location + "/deliveries/987654321/redeliver").then().statusCode(404);
    }

    @Test
    void tellsWhenAJobFinishesThroughAnalyticsOwnOutboxAndTopic() {
        create(List.of("job.finished"));
        String job = given().contentType(ContentType.JSON).body("{}").post("/api/v1/analytics/repricing")
                .then().statusCode(202).extract().header("Location");
        String jobId = job.substring(job.lastIndexOf('/') + 1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> receiver.received().stream()
                .anyMatch(r -> json(r.body()).path("data").path("jobId").asText().equals(jobId)));
        JsonNode body = receiver.received().stream().map(r -> json(r.body()))
                .filter(b -> b.path("data").path("jobId").asText().equals(jobId)).findFirst().orElseThrow();
        assertThat(body.path("type").asText()).isEqualTo("job.finished");
        assertThat(body.path("data").path("jobKind").asText()).isEqualTo("REPRICE");
        assertThat(body.path("data").path("state").asText()).isEqualTo("SUCCEEDED");
    }

    private Map<String, Object> create(List<String> types) {
        var response = given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "eventTypes", types))
                .post(ENDPOINTS).then().statusCode(201).extract();
        return Map.of("location", response.header("Location"), "secret", response.path("secret"));
    }

    private List<WebhookReceiver.Received> awaitReceived(UUID contractId, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> about(contractId).size() >= count);
        return about(contractId);
    }

    private List<WebhookReceiver.Received> about(UUID contractId) {
        return receiver.received().stream()
                .filter(r -> json(r.body()).path("data").path("contractId").asText().equals(contractId.toString()))
                .toList();
    }

    private static ContractChanged.V1 activated(UUID contractId) {
        return activated(contractId, Instant.now());
    }

    /** A contract made ACTIVE at {@code changedAt}: after the endpoints of the test were registered. */
    private static ContractChanged.V1 activated(UUID contractId, Instant changedAt) {
        ContractChanged.ContractTerms terms = new ContractChanged.ContractTerms(UUID.randomUUID(), "Webhook contract",
                "ACTIVE", LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), null, null, null,
                new ContractChanged.PaymentTerms(30, new BigDecimal("12"), 90, 180), List.of());
        return new ContractChanged.V1(UUID.randomUUID(), contractId, 2, changedAt,
                ContractChanged.ChangeKind.STATUS_CHANGED, terms);
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
