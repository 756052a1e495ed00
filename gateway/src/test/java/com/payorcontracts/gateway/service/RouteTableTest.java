package com.payorcontracts.gateway.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            target("payors", "/api/v1/payors"),
            target("analytics", "/api/v1/analytics"),
            target("analytics-claims", "/api/v1/analytics/claims")));

    private static RouteTable.Target target(String name, String prefix) {
        return new RouteTable.Target(name, prefix, "127.0.0.1", 1, false, Duration.ofSeconds(1), "/q/openapi");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/payors, payors",
            "/api/v1/payors/123, payors",
            "/api/v1/analytics/contracts/1, analytics",
            "/api/v1/analytics/claims/9, analytics-claims",
            "/api/v1/payorsx, NONE",
            "/api/v1/contracts, NONE",
            "/api/v1, NONE"})
    void routesByTheLongestPrefixOnASegmentBoundary(String path, String expected) {
        assertThat(table.match(path).map(RouteTable.Target::name).orElse("NONE")).isEqualTo(expected);
    }
}
