package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A payor's proposal awaiting our answer, from the negotiation projection, answered within 14 days. */
class ProposalAwaitingAnswerTest {

    private static final UUID NEGOTIATION = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final UUID CONTRACT = UUID.fromString("00000000-0000-0000-0000-00000000c002");
    private static final UUID PAYOR = UUID.fromString("00000000-0000-0000-0000-00000000c003");
    private static final LocalDate PROPOSED = LocalDate.parse("2026-12-02");

    @ParameterizedTest(name = "proposed 2026-12-02, answer in {0} days, on {1} within {2}: shown {3}, {4} days left, {5}")
    @CsvSource(nullValues = "-", value = {
            // due 2026-12-02 + 14 = 2026-12-16; within 7 days it shows from 2026-12-09, not the 8th
            "14, 2026-12-08, 7, false, -, -",
            "14, 2026-12-09, 7, true, 7, CRITICAL",
            // within 30 days it shows from the day the proposal came (2026-12-16 - 30 = 2026-11-16 is before it)
            "14, 2026-12-02, 30, true, 14, WARNING",
            "14, 2026-12-16, 30, true, 0, CRITICAL",
            // unanswered it stays, overdue: 2027-01-05 is 20 days after 2026-12-16
            "14, 2027-01-05, 30, true, -20, CRITICAL",
            // a 45-day answer time: due 2027-01-16, 45 days left on the day it came, INFO
            "45, 2026-12-02, 60, true, 45, INFO",
            "45, 2026-12-02, 30, false, -, -",
            "45, 2026-12-17, 30, true, 30, WARNING"})
    void isDueTheAnswerTimeAfterTheProposalAndStaysUntilAnswered(int answerDays, LocalDate today, int withinDays,
                                                                 boolean shown, Long daysLeft, Severity severity) {
        Alert alert = ProposalAwaitingAnswer.of(negotiation("COUNTERED", "PAYOR", 3), answerDays).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.PROPOSAL_AWAITING_ANSWER);
        assertThat(alert.dueDate()).isEqualTo(PROPOSED.plusDays(answerDays));
        assertThat(alert.shownOn(today, withinDays)).isEqualTo(shown);
        if (shown) {
            assertThat(alert.daysLeft(today)).isEqualTo(daysLeft);
            assertThat(alert.severity(today)).isEqualTo(severity);
        }
    }

    @Test
    void carriesTheNegotiationTheContractAndTheLinkToTheNegotiation() {
        Alert alert = ProposalAwaitingAnswer.of(negotiation("OPEN", "PAYOR", 1), 14).orElseThrow();

        assertThat(alert.subject().label()).isEqualTo("2027 renewal: payor proposal, round 1");
        assertThat(alert.subject().payorId()).isEqualTo(PAYOR);
        assertThat(alert.subject().contractId()).isEqualTo(CONTRACT);
        assertThat(alert.subject().link()).isEqualTo("/api/v1/contracts/" + CONTRACT + "/negotiations/" + NEGOTIATION);
        assertThat(alert.facts()).isEqualTo("round=1;proposedOn=2026-12-02");
        assertThat(alert.amount()).isNull();
    }

    @ParameterizedTest(name = "{0}, latest from {1}: no alert")
    @CsvSource(nullValues = "-", value = {
            // we answered: the latest proposal is ours
            "COUNTERED, US",
            "OPEN, US",
            // the negotiation ended
            "ACCEPTED, PAYOR",
            "REJECTED, PAYOR",
            "WITHDRAWN, PAYOR",
            // opened, no proposal yet
            "OPEN, -"})
    void disappearsOnceWeAnswerOrTheNegotiationEnds(String status, String latestFrom) {
        assertThat(ProposalAwaitingAnswer.of(negotiation(status, latestFrom, 2), 14)).isEmpty();
    }

    @Test
    void aNewPayorProposalAfterOurCounterIsAnotherAlert() {
        Alert round1 = ProposalAwaitingAnswer.of(negotiation("OPEN", "PAYOR", 1), 14).orElseThrow();
        Alert round3 = ProposalAwaitingAnswer.of(new NegotiationFacts(NEGOTIATION, CONTRACT, PAYOR, "2027 renewal",
                "COUNTERED", 3, "PAYOR", LocalDate.parse("2026-12-20")), 14).orElseThrow();

        assertThat(round3.id()).isNotEqualTo(round1.id());
        assertThat(round3.dueDate()).isEqualTo(LocalDate.parse("2027-01-03"));
        assertThat(ProposalAwaitingAnswer.of(negotiation("OPEN", "PAYOR", 1), 14).orElseThrow().id()).isEqualTo(round1.id());
    }

    private static NegotiationFacts negotiation(String status, String latestFrom, int round) {
        return new NegotiationFacts(NEGOTIATION, CONTRACT, PAYOR, "2027 renewal", status, round, latestFrom,
                latestFrom == null ? null : PROPOSED);
    }
}
