package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.analytics.TestClock;
import com.payorcontracts.events.ContractChanged;
import com.payorcontracts.events.NegotiationChanged;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.testing.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.anonymous;
import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * End to end on a fixed day, 2026-05-01: a payor with a bulletin and a follow-up from payor-changed, a
 * contract from contract-changed ending 2026-05-31, a claim paid late and short; every kind of alert
 * appears on its day, carries its figures, and is acknowledged or snoozed per user.
 */
@QuarkusTest
class AlertResourceTest {

    private final UUID payor = UUID.randomUUID();
    private final UUID bulletin = UUID.randomUUID();
    private final UUID interaction = UUID.randomUUID();
    private long payorVersion;

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void everyKindAppearsOnItsDayWithItsFiguresAndIsAcknowledgedPerUserUntilItsFactsChange() {
        TestClock.fix("2026-05-01T12:00:00Z");
        UUID contract = contract();
        payorChanged(PayorChanged.ChangeKind.CREATED, null, null);
        payorChanged(PayorChanged.ChangeKind.BULLETIN_CHANGED, bulletin, new PayorChanged.ItemState(bulletin, false, null,
                new PayorChanged.BulletinState("Prior auth for 63030", LocalDate.parse("2026-04-01"),
                        LocalDate.parse("2026-05-20"), List.of("63030"), List.of("AUTHORIZATION")), null));
        followUp("2026-05-10", false);
        lateAndShortPayment();
        awaitAlerts(7, 30);

        // Due dates: renewal notice 2026-05-31 - 30 days; follow-up; escalator 2026-05-15; termination notice
        // 2026-05-31 - 15 days; bulletin; expiration; late payment claimable until 2026-04-20 + 60 days.
        alerts(30).then().statusCode(200)
                .body("totalItems", equalTo(7))
                .body("items.kind", contains("RENEWAL_NOTICE_DEADLINE", "FOLLOW_UP_DUE", "ESCALATOR_STEP_DUE",
                        "TERMINATION_NOTICE_DEADLINE", "BULLETIN_TAKING_EFFECT", "CONTRACT_EXPIRING", "LATE_PAYMENT_INTEREST"))
                .body("items.dueDate", contains("2026-05-01", "2026-05-10", "2026-05-15", "2026-05-16", "2026-05-20",
                        "2026-05-31", "2026-06-19"))
                .body("items.daysLeft", contains(0, 9, 14, 15, 19, 30, 49))
                .body("items.severity", contains("CRITICAL", "WARNING", "WARNING", "WARNING", "WARNING", "WARNING", "INFO"))
                .body("items[0].contractName", equalTo("Alerts contract"))
                .body("items[0].payorName", equalTo("Acme Health"))
                .body("items[0].link", equalTo("/api/v1/contracts/" + contract))
                .body("items[1].subjectLabel", equalTo("CALL follow-up"))
                .body("items[1].link", equalTo("/api/v1/payors/" + payor + "/interactions/" + interaction))
                .body("items[2].facts", equalTo("step=1;annualPercent=2;factor=1.0200"))
                .body("items[4].subjectLabel", equalTo("Prior auth for 63030"))
                // 1230.40 x 12% a year x 16 late days / 365 = 6.47
                .body("items[6].amount", equalTo(6.47f))
                .body("items[6].subjectLabel", equalTo("ALR-1"))
                .body("items.status", contains("OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN"));

        // The appeal deadline, 2026-04-20 + 60 = 2026-06-19, is 49 days away: within 49 days, not within 48.
        alerts(49).then().body("totalItems", equalTo(8));
        alerts(48).then().body("totalItems", equalTo(7));
        given().queryParam("payorId", payor).queryParam("kind", "APPEAL_DEADLINE").queryParam("withinDays", 49)
                .get("/api/v1/alerts").then().body("items[0].amount", equalTo(30.00f))
                .body("items[0].subjectLabel", equalTo("ALR-1 64483"));
        // Untouched since 2026-05-01: not on 2026-05-30, from 2026-05-31 (30 days) on.
        TestClock.fix("2026-05-30T23:59:59Z");
        kind("UNDERPAYMENT_UNTOUCHED").then().body("totalItems", equalTo(0));
        TestClock.fix("2026-05-31T00:00:00Z");
        kind("UNDERPAYMENT_UNTOUCHED").then().body("totalItems", equalTo(1)).body("items[0].daysLeft", equalTo(0));
        TestClock.fix("2026-05-01T12:00:00Z");
        // A viewer may not read claims or underpayments: it sees only the contract and payor alerts.
        as("viewer").queryParam("payorId", payor).queryParam("withinDays", 60).get("/api/v1/alerts").then()
                .statusCode(200).body("items.subjectType",
                        contains("contract", "interaction", "contract", "contract", "bulletin", "contract"));

        // Acknowledged by one user: it stays so for them, not for another user.
        String followUp = kind("FOLLOW_UP_DUE").then().extract().path("items[0].id");
        String path = "/api/v1/alerts/" + followUp;
        user("dana").get(path).then().statusCode(200).header("ETag", equalTo("W/\"0\""));
        user("dana").contentType(ContentType.JSON).body("{\"status\":\"ACKNOWLEDGED\"}").patch(path)
                .then().statusCode(428);
        user("dana").contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body("{\"status\":\"ACKNOWLEDGED\"}")
                .patch(path).then().statusCode(200).header("ETag", equalTo("W/\"1\"")).body("status", equalTo("ACKNOWLEDGED"));
        user("dana").contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body("{\"status\":\"OPEN\"}")
                .patch(path).then().statusCode(412);
        user("dana").contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"SNOOZED\",\"snoozedUntil\":\"2026-05-05\"}")
                .patch(path).then().statusCode(409).body("allowedStatuses", contains("OPEN"));
        user("dana").queryParam("payorId", payor).queryParam("status", "OPEN").get("/api/v1/alerts").then()
                .body("totalItems", equalTo(6));
        user("lee").get(path).then().statusCode(200).body("status", equalTo("OPEN"));

        // The follow-up moves: its facts changed, so it is another alert, open again; the old one is gone.
        followUp("2026-05-12", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> user("dana").get(path).then().extract().statusCode() == 404);
        user("dana").queryParam("payorId", payor).queryParam("kind", "FOLLOW_UP_DUE").get("/api/v1/alerts").then()
                .body("items[0].dueDate", equalTo("2026-05-12")).body("items[0].status", equalTo("OPEN"));
        // Done: no follow-up alert at all.
        followUp("2026-05-12", true);
        await().atMost(Duration.ofSeconds(20)).until(() -> kind("FOLLOW_UP_DUE").then().extract().<Integer>path("totalItems") == 0);

        // Snoozed until 2026-05-05: snoozed on the 4th, open again on the 5th.
        String bulletinAlert = kind("BULLETIN_TAKING_EFFECT").then().extract().path("items[0].id");
        user("dana").contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body("{\"status\":\"SNOOZED\"}")
                .patch("/api/v1/alerts/" + bulletinAlert).then().statusCode(400).body("errors[0].field", equalTo("snoozedUntil"));
        user("dana").contentType(ContentType.JSON).header("If-Match", "W/\"0\"")
                .body("{\"status\":\"SNOOZED\",\"snoozedUntil\":\"2026-05-05\"}").patch("/api/v1/alerts/" + bulletinAlert)
                .then().statusCode(200).body("status", equalTo("SNOOZED")).body("snoozedUntil", equalTo("2026-05-05"));
        TestClock.fix("2026-05-04T23:00:00Z");
        user("dana").get("/api/v1/alerts/" + bulletinAlert).then().body("status", equalTo("SNOOZED"));
        TestClock.fix("2026-05-05T00:00:00Z");
        user("dana").get("/api/v1/alerts/" + bulletinAlert).then().body("status", equalTo("OPEN"))
                .body("snoozedUntil", nullValue());
    }

    @Test
    void aPayorProposalAwaitsOurAnswerFourteenDaysAndGoesWhenWeCounterOrTheNegotiationEnds() {
        UUID negotiation = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        negotiation(negotiation, contract, 1, "2026-06-01T09:00:00Z", NegotiationChanged.ChangeKind.OPENED, "OPEN", null);
        negotiation(negotiation, contract, 2, "2026-06-01T10:00:00Z", NegotiationChanged.ChangeKind.PROPOSED, "OPEN", "PAYOR");

        // Proposed 2026-06-01, answered within 14 days: due 2026-06-15; within 7 days from 2026-06-08, not the 7th.
        TestClock.fix("2026-06-07T23:59:59Z");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> proposals(30).then().extract().<Integer>path("totalItems") == 1);
        proposals(7).then().body("totalItems", equalTo(0));
        TestClock.fix("2026-06-08T00:00:00Z");
        proposals(7).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].dueDate", equalTo("2026-06-15"))
                .body("items[0].daysLeft", equalTo(7))
                .body("items[0].severity", equalTo("CRITICAL"))
                .body("items[0].subjectType", equalTo("negotiation"))
                .body("items[0].subjectLabel", equalTo("2027 renewal: payor proposal, round 1"))
                .body("items[0].contractId", equalTo(contract.toString()))
                .body("items[0].payorName", equalTo("Acme Health"))
                .body("items[0].link", equalTo("/api/v1/contracts/" + contract + "/negotiations/" + negotiation));
        // Whoever may read negotiations sees it; overdue it stays.
        as("viewer").queryParam("payorId", payor).queryParam("kind", "PROPOSAL_AWAITING_ANSWER").get("/api/v1/alerts")
                .then().body("totalItems", equalTo(1));
        TestClock.fix("2026-06-20T00:00:00Z");
        proposals(0).then().body("items[0].daysLeft", equalTo(-5));

        // We counter: nothing awaits us. The payor counters again on 2026-06-21: due 2026-07-05, another alert.
        String first = proposals(30).then().extract().path("items[0].id");
        negotiation(negotiation, contract, 3, "2026-06-20T08:00:00Z", NegotiationChanged.ChangeKind.PROPOSED, "COUNTERED", "US");
        await().atMost(Duration.ofSeconds(20)).until(() -> proposals(30).then().extract().<Integer>path("totalItems") == 0);
        negotiation(negotiation, contract, 4, "2026-06-21T15:00:00Z", NegotiationChanged.ChangeKind.PROPOSED, "COUNTERED", "PAYOR");
        await().atMost(Duration.ofSeconds(20)).until(() -> proposals(30).then().extract().<Integer>path("totalItems") == 1);
        proposals(30).then().body("items[0].dueDate", equalTo("2026-07-05"))
                .body("items[0].subjectLabel", equalTo("2027 renewal: payor proposal, round 3"))
                .body("items[0].id", org.hamcrest.Matchers.not(equalTo(first)));

        // The negotiation ends (withdrawn, the payor's proposal still the latest): no alert.
        negotiation(negotiation, contract, 5, "2026-06-22T10:00:00Z", NegotiationChanged.ChangeKind.WITHDRAWN, "WITHDRAWN", "PAYOR");
        await().atMost(Duration.ofSeconds(20)).until(() -> proposals(30).then().extract().<Integer>path("totalItems") == 0);
    }

    @Test
    void refusesALookAheadBeyondAYearAndAnUnknownAlert() {
        given().queryParam("withinDays", 366).get("/api/v1/alerts").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/alerts/al-00000000000000000000").then().statusCode(404);
        anonymous().get("/api/v1/alerts").then().statusCode(401);
    }

    private UUID contract() {
        UUID contractId = UUID.randomUUID();
        ContractChanged.RateTerms rates = new ContractChanged.RateTerms(LocalDate.parse("2025-06-01"), "BASE", null, null,
                List.of(Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")),
                new ContractChanged.DefaultRule("NOT_COVERED", null), null, null, null, false,
                new ContractChanged.Escalator(new BigDecimal("2"), LocalDate.parse("2026-05-15"), 2, null), null);
        ContractChanged.ContractTerms terms = new ContractChanged.ContractTerms(payor, "Alerts contract", "ACTIVE",
                LocalDate.parse("2025-06-01"), LocalDate.parse("2026-05-31"), null, null,
                new ContractChanged.Renewal(false, 30, 15),
                new ContractChanged.PaymentTerms(30, new BigDecimal("12"), 90, 60), List.of(rates));
        Fixtures.publishContract(new ContractChanged.V1(UUID.randomUUID(), contractId, 1, Instant.now(),
                ContractChanged.ChangeKind.CREATED, terms));
        Fixtures.awaitStatus("/api/v1/analytics/contracts/" + contractId, 200);
        return contractId;
    }

    /** One change of a negotiation of {@link #payor}; its latest proposal (round = version - 1) is {@code from}'s. */
    private void negotiation(UUID negotiation, UUID contract, long version, String at, NegotiationChanged.ChangeKind kind,
                             String status, String from) {
        if (version == 1) {
            payorChanged(PayorChanged.ChangeKind.CREATED, null, null);
        }
        int round = (int) version - 1;
        NegotiationChanged.Proposal latest = from == null ? null : new NegotiationChanged.Proposal(UUID.randomUUID(),
                kind == NegotiationChanged.ChangeKind.PROPOSED ? round : round - 1, from, LocalDate.parse("2027-01-01"),
                LocalDate.parse("2029-12-31"), null, null, null, null, null, null, null, null, List.of(), new BigDecimal("304000.00"),
                new BigDecimal("296000.00"), null);
        Fixtures.publishNegotiation(new NegotiationChanged.V1(UUID.randomUUID(), negotiation, contract, payor, version,
                Instant.parse(at), kind, "2027 renewal", status, latest == null ? 0 : latest.round(), latest, null));
    }

    private io.restassured.response.Response proposals(int withinDays) {
        return given().queryParam("payorId", payor).queryParam("kind", "PROPOSAL_AWAITING_ANSWER")
                .queryParam("withinDays", withinDays).get("/api/v1/alerts");
    }

    private void followUp(String on, boolean done) {
        payorChanged(PayorChanged.ChangeKind.INTERACTION_CHANGED, interaction, new PayorChanged.ItemState(interaction, false,
                null, null, new PayorChanged.InteractionState("CALL", LocalDate.parse("2026-04-28"), LocalDate.parse(on), done)));
    }

    private void payorChanged(PayorChanged.ChangeKind kind, UUID item, PayorChanged.ItemState state) {
        PayorChanged.PayorState acme = new PayorChanged.PayorState("Acme Health", "Acme Health Plan Inc.", "COMMERCIAL",
                "CONTRACTED", null, List.of(), null, false);
        Fixtures.publishPayor(new PayorChanged.V1(UUID.randomUUID(), payor, ++payorVersion, Instant.now(), kind, item, acme, state));
    }

    private void lateAndShortPayment() {
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"ALR-1","payorId":"%s","patientId":"MRN-9","submissionDate":"2026-03-02","lines":[
                         {"code":"62323","dateOfService":"2026-03-01","billedCharge":1500},
                         {"code":"64483","dateOfService":"2026-03-01","billedCharge":2400}]}""".formatted(payor))
                .post("/api/v1/analytics/claims").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"payorId":"%s","payerName":"Acme","payerId":"AC1","traceNumber":"T-%s","paymentDate":"2026-04-20",
                 "claims":[{"claimId":"ALR-1","payerClaimId":"X1","status":"1","charge":3900,"paid":1230.40,
                   "patientResponsibility":50,"receivedDate":"2026-03-05",
                   "lines":[{"code":"62323","charge":1500,"paid":562.40,"allowed":612.40,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":887.60},{"group":"PR","reason":"2","amount":50}]},
                            {"code":"64483","charge":2400,"paid":668.00,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":1732}]}]}]}""".formatted(payor, UUID.randomUUID()))
                .post("/api/v1/analytics/remittances").then().statusCode(201);
    }

    private void awaitAlerts(int count, int withinDays) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> alerts(withinDays).then().extract().<Integer>path("totalItems") == count);
    }

    private io.restassured.response.Response alerts(int withinDays) {
        return given().queryParam("payorId", payor).queryParam("withinDays", withinDays).get("/api/v1/alerts");
    }

    private io.restassured.response.Response kind(String kind) {
        return given().queryParam("payorId", payor).queryParam("kind", kind).get("/api/v1/alerts");
    }

    private static RequestSpecification user(String subject) {
        return RestAssured.given().auth().oauth2(TestJwt.forSubject(subject, "contract-manager"));
    }
}
