package com.payorcontracts.gateway.service;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RouteMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RouteMetrics metrics = new RouteMetrics(registry);
    private final RouteTable.Target payors =
            new RouteTable.Target("payors", "/api/v1/payors", "127.0.0.1", 1, false, Duration.ofSeconds(1), null);

    @Test
    void countsEveryIdUnderTheRouteInOneSeries() {
        metrics.record("GET", payors, "/api/v1/payors/7", 200, TimeUnit.MILLISECONDS.toNanos(2));
        metrics.record("GET", payors, "/api/v1/payors/8", 200, TimeUnit.MILLISECONDS.toNanos(4));

        Timer timer = timer("GET", "/api/v1/payors/{path}", "200");
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(6.0);
        assertThat(timer.getId().getTag("outcome")).isEqualTo("SUCCESS");
        assertThat(registry.getMeters()).hasSize(1);
        assertThat(registry.scrape()).as("buckets, for a p99 per route")
                .contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                        + "uri=\"/api/v1/payors/{path}\",le=\"0.001\",} 0.0");
    }

    @Test
    void keepsTheRouteItselfApartFromThePathsBelowIt() {
        metrics.record("POST", payors, "/api/v1/payors", 201, 1_000);
        metrics.record("POST", payors, "/api/v1/payors/7/contacts", 201, 1_000);

        assertThat(timer("POST", "/api/v1/payors", "201").count()).isEqualTo(1);
        assertThat(timer("POST", "/api/v1/payors/{path}", "201").count()).isEqualTo(1);
    }

    @Test
    void separatesStatusesAndNamesTheirOutcome() {
        metrics.record("GET", payors, "/api/v1/payors/7", 200, 1_000);
        metrics.record("GET", payors, "/api/v1/payors/7", 403, 1_000);
        metrics.record("GET", payors, "/api/v1/payors/7", 503, 1_000);

        assertThat(timer("GET", "/api/v1/payors/{path}", "403").getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
        assertThat(timer("GET", "/api/v1/payors/{path}", "503").getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
    }

    @Test
    void putsPathsNoRouteServesUnderOneLabel() {
        metrics.record("GET", null, "/api/v1/unknown/1", 404, 1_000);
        metrics.record("GET", null, "/api/v1/unknown/2", 404, 1_000);

        assertThat(timer("GET", "NOT_FOUND", "404").count()).isEqualTo(2);
    }

    @Test
    void countsMadeUpMethodsAsOtherSoClientsCannotAddSeries() {
        metrics.record("FROBNICATE", payors, "/api/v1/payors/7", 403, 1_000);
        metrics.record("XYZZY", payors, "/api/v1/payors/7", 403, 1_000);

        assertThat(timer("OTHER", "/api/v1/payors/{path}", "403").count()).isEqualTo(2);
        assertThat(registry.getMeters()).hasSize(1);
    }

    private Timer timer(String method, String uri, String status) {
        return registry.get("http.server.requests").tag("method", method).tag("uri", uri).tag("status", status).timer();
    }
}
