package com.payorcontracts.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityMatrixTest {

    private final SecurityMatrix matrix = SecurityMatrix.load();

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
            "GET, /api/v1/payors, viewer, true",
            "HEAD, /api/v1/payors/1, viewer, true",
            "POST, /api/v1/payors, viewer, false",
            "POST, /api/v1/payors, contract-manager, true",
            "GET, /api/v1/contracts/1/floors, viewer, false",
            "GET, /api/v1/contracts/1/floors, analyst, false",
            "GET, /api/v1/contracts/1/floors, contract-manager, true",
            "POST, /api/v1/contracts/1/quote, billing-integration, true",
            "GET, /api/v1/contracts/1, billing-integration, false",
            "POST, /api/v1/quotes, billing-integration, true",
            "POST, /api/v1/quotes/batch, billing-integration, true",
            "POST, /api/v1/quotes, viewer, false",
            "GET, /api/v1/quotes, billing-integration, false",
            "GET, /api/v1/contracts/1/coverage, billing-integration, false",
            "GET, /api/v1/service-catalog/coverage/portfolio, viewer, true",
            "POST, /api/v1/analytics/claims/batch, billing-integration, true",
            "POST, /api/v1/analytics/remittances, billing-integration, true",
            "GET, /api/v1/analytics/claims/1, billing-integration, true",
            "GET, /api/v1/analytics/claims, billing-integration, true",
            "GET, /api/v1/analytics/remittances, billing-integration, false",
            "GET, /api/v1/payors, billing-integration, true",
            "GET, /api/v1/payors/1, billing-integration, false",
            "GET, /api/v1/payors/1/contacts, billing-integration, false",
            "GET, /api/v1/contracts, billing-integration, true",
            "GET, /api/v1/contracts/1/amendments, billing-integration, false",
            "POST, /api/v1/analytics/claims, analyst, false",
            "POST, /api/v1/analytics/repricing, analyst, true",
            "GET, /api/v1/analytics/reports/totals, viewer, false",
            "GET, /api/v1/analytics/reports/totals, analyst, true",
            "GET, /api/v1/analytics/underpayments/7/appeal-packet, billing-integration, false",
            "GET, /api/v1/analytics/underpayments/7/appeal-packet, viewer, false",
            "GET, /api/v1/analytics/underpayments/appeal-packets, contract-manager, true",
            "POST, /api/v1/analytics/underpayments/7/appeal, contract-manager, false",
            "POST, /api/v1/analytics/underpayments/7/appeal, analyst, true",
            "DELETE, /api/v1/contracts/1, admin, true",
            "GET, /api/v1/something-new, admin, true",
            "GET, /api/v1/something-new, contract-manager, false"})
    void decidesByTheFirstMatchingLine(String method, String path, String roles, boolean expected) {
        assertThat(matrix.allowed(method, path, Arrays.asList(roles.split(" ")))).isEqualTo(expected);
    }

    @Test
    void deniesACallerWithoutRolesAndAPathNoLineMatches() {
        assertThat(matrix.allowed("GET", "/api/v1/payors", Set.of())).isFalse();
        assertThat(matrix.allowed("GET", "/q/health", Set.of("admin"))).isFalse();
    }

    @Test
    void letsAdminCallEveryEndpoint() {
        assertThat(matrix.rules()).allSatisfy(rule -> assertThat(rule.roles()).contains("admin"));
    }

    @Test
    void showsFloorsOnlyToContractManagersAndAdmins() {
        assertThat(SecurityMatrix.ROLES.stream().filter(role -> matrix.fieldVisible("floors", List.of(role))))
                .containsExactly("contract-manager", "admin");
        assertThat(matrix.fieldVisible("no-such-field", List.of("admin"))).isFalse();
    }

    @Test
    void rejectsAnUnknownRoleNamingItsLine() {
        String csv = "kind,method,pattern,roles,description\nendpoint,GET,/api/v1/x,viewer auditor,x\n";
        assertThatThrownBy(() -> SecurityMatrix.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2").hasMessageContaining("auditor");
    }
}
