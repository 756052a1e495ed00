package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.payorcontracts.testing.Api.as;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An endpoint the sender disables (here its receiver answers 410 Gone) is a WEBHOOK_ENDPOINT_DISABLED alert
 * for the roles that manage webhooks, gone once it is re-enabled; an endpoint disabled by request is none.
 */
@QuarkusTest
class WebhookEndpointAlertTest {

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aDisabledEndpointIsAnAlertForWhoManagesWebhooksUntilItIsEnabledAgain() {
        receiver.answer(410);
        String location = as("billing-integration").contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("job.finished"), "description", "Gone receiver"))
                .post("/api/v1/webhooks/endpoints").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/analytics/repricing").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "DISABLED".equals(given().get(location).then().extract().path("state")));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<Map<String, Object>> seen = about("billing-integration", id, 30);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).containsEntry("kind", "WEBHOOK_ENDPOINT_DISABLED")
                .containsEntry("dueDate", today)
                .containsEntry("daysLeft", 0)
                .containsEntry("severity", "CRITICAL")
                .containsEntry("subjectType", "webhook-endpoint")
                .containsEntry("subjectLabel", "Gone receiver (" + receiver.url() + ")")
                .containsEntry("link", "/api/v1/webhooks/endpoints/" + id)
                .containsEntry("facts", "disabledOn=" + today + ";reason=the endpoint answered 410 Gone");
        // Shown whatever the look-ahead; only to who may manage the endpoint.
        assertThat(about("admin", id, 0)).hasSize(1);
        assertThat(about("contract-manager", id, 30)).isEmpty();
        assertThat(about("viewer", id, 30)).isEmpty();

        // Re-enabled: the alert is gone. Disabled by request: no alert either.
        receiver.answer(204);
        replace(location, true);
        assertThat(about("billing-integration", id, 30)).isEmpty();
        replace(location, false);
        assertThat(about("billing-integration", id, 30)).isEmpty();
    }

    private void replace(String location, boolean enabled) {
        String etag = given().get(location).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("job.finished"), "enabled", enabled))
                .put(location).then().statusCode(200);
    }

    /** The caller's WEBHOOK_ENDPOINT_DISABLED alerts about this endpoint (other tests' endpoints may be disabled too). */
    private static List<Map<String, Object>> about(String role, String endpointId, int withinDays) {
        return as(role).queryParam("kind", "WEBHOOK_ENDPOINT_DISABLED").queryParam("withinDays", withinDays)
                .queryParam("size", 100).get("/api/v1/alerts").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.subjectId == '" + endpointId + "' }");
    }
}
