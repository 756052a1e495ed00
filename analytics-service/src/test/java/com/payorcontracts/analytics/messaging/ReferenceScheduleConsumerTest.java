package com.payorcontracts.analytics.messaging;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.events.ReferenceScheduleChanged;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Against the real broker: reference-schedule-changed becomes the schedule projection, newest version winning. */
@QuarkusTest
class ReferenceScheduleConsumerTest {

    private static ReferenceScheduleChanged.V1 schedule(UUID id, long version, String name, int rows) {
        List<ReferenceScheduleChanged.Row> all = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            all.add(new ReferenceScheduleChanged.Row(String.valueOf(10021 + i), null, new BigDecimal("100.00"),
                    new BigDecimal("140.00")));
        }
        return new ReferenceScheduleChanged.V1(UUID.randomUUID(), id, version, Instant.now(), name, 2026, "01", all);
    }

    @Test
    void projectsAPublishedScheduleAndNeverLetsAnOlderVersionReplaceIt() {
        UUID id = UUID.randomUUID();
        Fixtures.publishSchedule(schedule(id, 2, "Medicare PFS 2026 v2", 3));
        Fixtures.awaitStatus("/api/v1/analytics/reference-schedules/" + id, 200);
        given().get("/api/v1/analytics/reference-schedules/" + id).then()
                .body("version", equalTo(2)).body("name", equalTo("Medicare PFS 2026 v2")).body("rowCount", equalTo(3))
                .body("year", equalTo(2026));

        Fixtures.publishSchedule(schedule(id, 1, "Medicare PFS 2026 v1", 1));
        UUID marker = UUID.randomUUID();
        Fixtures.publishSchedule(schedule(marker, 1, "marker", 1));
        Fixtures.awaitStatus("/api/v1/analytics/reference-schedules/" + marker, 200);
        given().get("/api/v1/analytics/reference-schedules/" + id).then()
                .body("version", equalTo(2)).body("rowCount", equalTo(3));

        Fixtures.publishSchedule(schedule(id, 3, "Medicare PFS 2026 v3", 5));
        await().atMost(Duration.ofSeconds(15)).until(() ->
                given().get("/api/v1/analytics/reference-schedules/" + id).then().extract().<Integer>path("version") == 3);
        given().get("/api/v1/analytics/reference-schedules/" + id).then().body("rowCount", equalTo(5));
    }

    @Test
    void rebuildsBothProjectionsFromTheBeginningOfTheirTopicsAsAJob() {
        UUID payor = UUID.randomUUID();
        UUID contract = Fixtures.contract(payor, null, Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40")));
        UUID id = UUID.randomUUID();
        Fixtures.publishSchedule(schedule(id, 4, "Medicare PFS 2026 v4", 2));
        Fixtures.awaitStatus("/api/v1/analytics/reference-schedules/" + id, 200);

        String job = given().post("/api/v1/analytics/admin/projections/rebuild").then().statusCode(202)
                .body("kind", equalTo("REBUILD_PROJECTIONS")).extract().header("Location");

        org.assertj.core.api.Assertions.assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        given().get(job).then().body("result.recordsRead", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().get("/api/v1/analytics/contracts/" + contract).then().statusCode(200).body("payorId", equalTo(payor.toString()));
        given().get("/api/v1/analytics/reference-schedules/" + id).then().statusCode(200)
                .body("version", equalTo(4)).body("rowCount", equalTo(2));
    }

    @Test
    void isReadyOnlyWithBothConsumersRunning() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'reference-schedule-changed consumer' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'contract-changed consumer' }.status", equalTo("UP"));
    }

    @Test
    void answersAScheduleItHasNotSeenWith404() {
        given().get("/api/v1/analytics/reference-schedules/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
