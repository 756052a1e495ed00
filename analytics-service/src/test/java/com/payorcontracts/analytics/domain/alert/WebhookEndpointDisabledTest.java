package com.payorcontracts.analytics.domain.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A webhook endpoint the sender disabled: an alert from that day, whatever the look-ahead, until re-enabled. */
class WebhookEndpointDisabledTest {

    private static final UUID ENDPOINT = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final LocalDate DISABLED = LocalDate.parse("2026-12-02");

    @ParameterizedTest(name = "disabled 2026-12-02, on {0} within {1}: shown {2}, {3} days left")
    @CsvSource(nullValues = "-", value = {
            "2026-12-01, 30, false, -",
            "2026-12-02, 0, true, 0",
            "2026-12-02, 30, true, 0",
            // still disabled 10 days later: overdue, CRITICAL
            "2026-12-12, 0, true, -10"})
    void showsFromTheDayItWasDisabled(LocalDate today, int withinDays, boolean shown, Long daysLeft) {
        Alert alert = WebhookEndpointDisabled.of(endpoint("Billing system", DISABLED)).orElseThrow();

        assertThat(alert.kind()).isEqualTo(AlertKind.WEBHOOK_ENDPOINT_DISABLED);
        assertThat(alert.shownOn(today, withinDays)).isEqualTo(shown);
        if (shown) {
            assertThat(alert.daysLeft(today)).isEqualTo(daysLeft);
            assertThat(alert.severity(today)).isEqualTo(Severity.CRITICAL);
        }
    }

    @Test
    void namesTheEndpointAndLinksToIt() {
        Alert alert = WebhookEndpointDisabled.of(endpoint("Billing system", DISABLED)).orElseThrow();

        assertThat(alert.subject().label()).isEqualTo("Billing system (https://hooks.example.com/pc)");
        assertThat(alert.subject().link()).isEqualTo("/api/v1/webhooks/endpoints/" + ENDPOINT);
        assertThat(WebhookEndpointDisabled.of(endpoint(null, DISABLED)).orElseThrow().subject().label())
                .isEqualTo("https://hooks.example.com/pc");
        assertThat(alert.facts()).isEqualTo("disabledOn=2026-12-02;reason=the endpoint answered 410 Gone");
    }

    @Test
    void anEnabledEndpointIsNoAlertAndADisablingOnAnotherDayIsAnotherAlert() {
        Alert first = WebhookEndpointDisabled.of(endpoint("Billing system", DISABLED)).orElseThrow();

        assertThat(WebhookEndpointDisabled.of(endpoint("Billing system", null))).isEmpty();
        assertThat(WebhookEndpointDisabled.of(endpoint("Billing system", LocalDate.parse("2026-12-20"))).orElseThrow().id())
                .isNotEqualTo(first.id());
    }

    private static EndpointFacts endpoint(String description, LocalDate disabledOn) {
        return new EndpointFacts(ENDPOINT, "https://hooks.example.com/pc", description, disabledOn,
                "the endpoint answered 410 Gone");
    }
}
