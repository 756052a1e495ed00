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
    @CsvSource(delimiter = '|', value = {
            // plain paths: protected unless on the short public list
            "/api/v1/payors|PROTECTED",
            "/api/v1/payors/7/contacts|PROTECTED",
            "/api/v1/payors/a-b_c.d|PROTECTED",
            "/api/v1/payors/caf%C3%A9|PROTECTED",
            "/api/v1/payors/|PROTECTED",
            "/api/v2/payors|PROTECTED",
            "/|PROTECTED",
            "/anything/else|PROTECTED",
            "/q/dev-ui|PROTECTED",
            "/q/health|PUBLIC",
            "/q/health/ready|PUBLIC",
            "/q/metrics|PUBLIC",
            "/q/openapi|PUBLIC",
            "/q/swagger-ui/index.html|PUBLIC",
            // encoded letters: the router would serve /api/v1/...
            "/%61pi/v1/analytics/reports/totals|NOT_PLAIN",
            "/api/%761/payors|NOT_PLAIN",
            "/api/v1/p%41yors|NOT_PLAIN",
            "/api/v1/contracts/7/fl%6Fors|NOT_PLAIN",
            "/q/%68ealth|NOT_PLAIN",
            // dot segments, plain and encoded
            "/api/v1/payors/../contracts|NOT_PLAIN",
            "/api/v1/./payors|NOT_PLAIN",
            "/q/health/../../api/v1/payors|NOT_PLAIN",
            "/x/../api/v1/payors|NOT_PLAIN",
            "/api/v1/payors/%2e%2e/contracts|NOT_PLAIN",
            "/%2E/api/v1/payors|NOT_PLAIN",
            // encoded separators and other encoded ASCII
            "/api/v1/payors/x%2F..%2Fy|NOT_PLAIN",
            "/api%2Fv1/payors|NOT_PLAIN",
            "/api/v1/payors/x%5Cy|NOT_PLAIN",
            "/api/v1/payors/x%3By|NOT_PLAIN",
            "/api/v1/payors/x%00|NOT_PLAIN",
            "/api/v1/payors/x%2|NOT_PLAIN",
            "/api/v1/payors/x%zz|NOT_PLAIN",
            // double slashes
            "//api/v1/payors|NOT_PLAIN",
            "/api//v1/payors|NOT_PLAIN",
            "/api/v1/payors//7|NOT_PLAIN",
            // matrix parameters
            "/api;x=1/v1/payors|NOT_PLAIN",
            "/api/v1/payors;a=b|NOT_PLAIN",
            "/api/v1;/payors|NOT_PLAIN",
            "/q/health;x|NOT_PLAIN",
            // and the rest
            "/api/v1/payors/x\\y|NOT_PLAIN",
            "api/v1/payors|NOT_PLAIN",
            "''|NOT_PLAIN"})
    void decidesOnThePathBeforeAnythingElse(String rawPath, RequestChecks.PathAccess access) {
        assertThat(RequestChecks.access(rawPath)).as(rawPath).isEqualTo(access);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/payors/a b", "/api/v1/payors/\u00e9", "/api/v1/payors/x\ty"})
    void refusesRawSpacesControlsAndNonAsciiCharacters(String rawPath) {
        assertThat(RequestChecks.isPlainPath(rawPath)).isFalse();
    }
}
