package com.payorcontracts.analytics.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.analytics.TestClock;
import com.payorcontracts.analytics.WebhookReceiver;
import com.payorcontracts.analytics.domain.WebhookSignature;
import com.payorcontracts.events.PayorChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert.due job on a fixed clock, against the real database, broker and a receiver on loopback: an alert
 * is announced on the day it comes within 30 days of its due date, not the day before, once however often the
 * job runs, and again (another webhook-id) only when its facts change and make it another alert.
 */
@QuarkusTest
class AlertDueNoticesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final UUID payor = UUID.randomUUID();
    private final UUID interaction = UUID.randomUUID();
    private long payorVersion;

    @Inject
    AlertDueNotices notices;

    @AfterEach
    void stop() {
        receiver.close();
        TestClock.release();
    }

    @Test
    void announcesEachAlertOnceOnTheDayItComesDueAndAgainOnlyWhenItsFactsChange() {
        TestClock.fix("2026-09-01T08:00:00Z");
        String secret = given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("alert.due")))
                .post("/api/v1/webhooks/endpoints").then().statusCode(201).extract().path("secret");
        payorChanged(PayorChanged.ChangeKind.CREATED, null);
        followUp("2026-10-15");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .queryParam("payorId", payor).queryParam("withinDays", 60).get("/api/v1/alerts")
                .then().extract().<Integer>path("totalItems") == 1);

        // Due 2026-10-15: within 30 days from 2026-09-15. Not on the 14th (announced then, it would say 31 days left).
        TestClock.fix("2026-09-14T23:59:00Z");
        notices.announce();
        TestClock.fix("2026-09-15T00:05:00Z");
        notices.announce();
        WebhookReceiver.Received first = awaitAbout(1).get(0);
        JsonNode body = json(first.body());
        assertThat(body.path("type").asText()).isEqualTo("alert.due");
        assertThat(body.path("data").path("kind").asText()).isEqualTo("FOLLOW_UP_DUE");
        assertThat(body.path("data").path("dueDate").asText()).isEqualTo("2026-10-15");
        assertThat(body.path("data").path("daysLeft").asInt()).isEqualTo(30);
        assertThat(body.path("data").path("severity").asText()).isEqualTo("WARNING");
        assertThat(body.path("data").path("link").asText()).isEqualTo("/api/v1/payors/" + payor + "/interactions/" + interaction);
        assertThat(body.path("data").path("alertId").asText()).startsWith("al-");
        assertThat(WebhookSignature.verify(secret, first.signature(), first.id(), Long.parseLong(first.timestamp()),
                first.body())).isTrue();

        // Every later pass finds it announced: nothing more is sent for it.
        TestClock.fix("2026-09-16T00:05:00Z");
        assertThat(notices.announce()).isZero();
        notices.announce();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> about().size() == 1);

        // The follow-up moves to 2026-09-30: its facts changed, another alert, another message and webhook-id.
        followUp("2026-09-30");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .queryParam("payorId", payor).get("/api/v1/alerts").then().extract().<String>path("items[0].dueDate")
                .equals("2026-09-30"));
        assertThat(notices.announce()).isPositive();
        List<WebhookReceiver.Received> both = awaitAbout(2);
        assertThat(both.get(1).id()).isNotEqualTo(first.id());
        assertThat(json(both.get(1).body()).path("data").path("dueDate").asText()).isEqualTo("2026-09-30");
    }

    private List<WebhookReceiver.Received> awaitAbout(int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> about().size() >= count);
        return about();
    }

    private List<WebhookReceiver.Received> about() {
        return receiver.received().stream()
                .filter(r -> json(r.body()).path("data").path("subjectId").asText().equals(interaction.toString()))
                .toList();
    }

    private void followUp(String on) {
        payorChanged(PayorChanged.ChangeKind.INTERACTION_CHANGED, new PayorChanged.ItemState(interaction, false, null, null,
                new PayorChanged.InteractionState("CALL", LocalDate.parse("2026-08-28"), LocalDate.parse(on), false)));
    }

    private void payorChanged(PayorChanged.ChangeKind kind, PayorChanged.ItemState state) {
        PayorChanged.PayorState payorState = new PayorChanged.PayorState("Due Health", "Due Health Plan Inc.", "COMMERCIAL",
                "CONTRACTED", null, List.of(), null, false);
        Fixtures.publishPayor(new PayorChanged.V1(UUID.randomUUID(), payor, ++payorVersion, Instant.now(), kind,
                state == null ? null : interaction, payorState, state));
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
