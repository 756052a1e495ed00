package com.payorcontracts.contract.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With no broker to reach, a change still commits and its event waits in the outbox, unpublished. */
@QuarkusTest
@TestProfile(OutboxWhileKafkaIsDownTest.BrokerAway.class)
class OutboxWhileKafkaIsDownTest {

    /** Points the service at a port where nothing listens. */
    public static class BrokerAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "quarkus.kafka.health.enabled", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void acceptsTheChangeAndKeepsItsEventUntilKafkaIsBack() throws Exception {
        String id = given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "While Kafka sleeps", "[]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> relayFailures() >= 1);

        assertThat(unpublishedEventsOf(id)).isEqualTo(1);
    }

    private double relayFailures() {
        String metrics = given().get("/q/metrics").asString();
        return metrics.lines().filter(line -> line.startsWith("outbox_relay_failures_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    private int unpublishedEventsOf(String contractId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND published_at IS NULL")) {
            query.setString(1, contractId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
