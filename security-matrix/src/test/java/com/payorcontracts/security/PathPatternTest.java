package com.payorcontracts.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathPatternTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "/api/v1/payors/**, /api/v1/payors, true",
            "/api/v1/payors/**, /api/v1/payors/42/contacts/7, true",
            "/api/v1/payors/**, /api/v1/payorsx, false",
            "/api/v1/payors/**, /api/v1/payors?size=1, true",
            "/api/v1/contracts/*/quote, /api/v1/contracts/9/quote, true",
            "/api/v1/contracts/*/quote, /api/v1/contracts/quote, false",
            "/api/v1/contracts/*/quote, /api/v1/contracts/9/quote/x, false",
            "/api/v1/contracts/*/floors/**, /api/v1/contracts/9/floors, true",
            "/api/v1/contracts/*/floors/**, /api/v1/contracts/9/floors/99213, true",
            "/api/v1/**/totals, /api/v1/analytics/reports/totals, true",
            "/api/v1/analytics/jobs/*, /api/v1/analytics/jobs/, false"})
    void matchesOneSegmentForAStarAndAnyNumberForTwo(String pattern, String path, boolean expected) {
        assertThat(PathPattern.of(pattern).matches(path)).isEqualTo(expected);
    }
}
