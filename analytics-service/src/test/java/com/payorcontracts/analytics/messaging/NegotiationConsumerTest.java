package com.payorcontracts.analytics.messaging;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.events.NegotiationChanged;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Against the real broker: negotiation-changed becomes the negotiation projection, once per event, newest version winning. */
@QuarkusTest
class NegotiationConsumerTest {

    private static NegotiationChanged.V1 event(UUID eventId, UUID negotiation, UUID contract, long version,
                                               NegotiationChanged.ChangeKind kind, String status, int rounds, String proposed) {
        NegotiationChanged.Proposal latest = rounds == 0 ? null : new NegotiationChanged.Proposal(UUID.randomUUID(), rounds,
                rounds % 2 == 1 ? "PAYOR" : "US", LocalDate.of(2029, 1, 1), LocalDate.of(2031, 12, 31), null,
                null, null, null, null, 30, null, null,
                List.of(new NegotiationChanged.RateChange("ABSOLUTE", List.of("62323"), new BigDecimal("440.00"), null)),
                new BigDecimal("304000.00"), new BigDecimal(proposed), null);
        return new NegotiationChanged.V1(eventId, negotiation, contract, UUID.randomUUID(), version, Instant.now(), kind,
                "2029 renewal", status, rounds, latest, null);
    }

    private static String path(UUID contract) {
        return "/api/v1/analytics/negotiations?contractId=" + contract;
    }

    @Test
    void projectsEachNegotiationOnceAndNeverLetsAnOlderVersionReplaceIt() {
        UUID negotiation = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        Fixtures.publishNegotiation(event(UUID.randomUUID(), negotiation, contract, 1, NegotiationChanged.ChangeKind.OPENED, "OPEN", 0, "0"));
        UUID proposed = UUID.randomUUID();
        Fixtures.publishNegotiation(event(proposed, negotiation, contract, 2, NegotiationChanged.ChangeKind.PROPOSED, "OPEN", 1,
                "286900.00"));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                given().get(path(contract)).then().extract().<Integer>path("items[0].version") == Integer.valueOf(2));
        given().get(path(contract)).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].status", equalTo("OPEN")).body("items[0].rounds", equalTo(1))
                .body("items[0].latestFrom", equalTo("PAYOR")).body("items[0].latestEffectiveDate", equalTo("2029-01-01"))
                .body("items[0].currentAnnualTotal", equalTo(304000.00f))
                .body("items[0].proposedAnnualTotal", equalTo(286900.00f)).body("items[0].amendmentId", nullValue());

        // Version 3 (a counter), then the same event again and an older version: only version 3 stands.
        Fixtures.publishNegotiation(event(UUID.randomUUID(), negotiation, contract, 3, NegotiationChanged.ChangeKind.PROPOSED,
                "COUNTERED", 2, "291700.00"));
        Fixtures.publishNegotiation(event(proposed, negotiation, contract, 4, NegotiationChanged.ChangeKind.PROPOSED,
                "OPEN", 1, "1.00"));
        Fixtures.publishNegotiation(event(UUID.randomUUID(), negotiation, contract, 2, NegotiationChanged.ChangeKind.PROPOSED,
                "OPEN", 1, "2.00"));
        UUID marker = UUID.randomUUID();
        Fixtures.publishNegotiation(event(UUID.randomUUID(), marker, contract, 1, NegotiationChanged.ChangeKind.OPENED, "OPEN", 0, "0"));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                given().get(path(contract)).then().extract().<Integer>path("totalItems") == 2);
        given().get(path(contract) + "&status=COUNTERED").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].version", equalTo(3)).body("items[0].rounds", equalTo(2))
                .body("items[0].latestFrom", equalTo("US")).body("items[0].proposedAnnualTotal", equalTo(291700.00f));
        as("analyst").get(path(contract)).then().statusCode(200);
        as("viewer").get(path(contract)).then().statusCode(403);
        given().get("/api/v1/analytics/negotiations?status=SIGNED").then().statusCode(400);
    }

    @Test
    void isReadyOnlyWithTheNegotiationConsumerRunning() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'negotiation-changed consumer' }.status", equalTo("UP"));
    }
}
