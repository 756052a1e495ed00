package com.payorcontracts.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestChecksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bearer abc.def.ghi|abc.def.ghi",
            "bearer   abc.def.ghi  |abc.def.ghi",
            "BEARER x|x"})
    void readsTheTokenOfABearerHeader(String header, String token) {
        assertThat(RequestChecks.bearerToken(header)).isEqualTo(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Bearerabc"})
    void findsNoTokenInAnythingElse(String header) {
        assertThat(RequestChecks.bearerToken(header)).isNull();
        assertThat(RequestChecks.bearerToken(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/payors", "/api/v1/payors/7/contacts", "/api/v1/payors/a-b_c.d", "/api/v1/payors/caf%C3%A9"})
    void takesAPlainPath(String path) {
        assertThat(RequestChecks.isPlainPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/payors/../contracts", "/api/v1/./payors", "/api/v1/payors/x%2F..%2Fy",
            "/api/v1/payors/%2e%2e/contracts", "/api/v1/payors/x%5Cy", "/api/v1/payors/a b",
            "/api/v1/contracts/7/fl%6Fors", "/api/v1/p%41yors", "/api/v1/payors/x%2", "/api/v1/payors/x%zz"})
    void refusesAPathTheEndpointCouldReadDifferently(String path) {
        assertThat(RequestChecks.isPlainPath(path)).isFalse();
    }
}
