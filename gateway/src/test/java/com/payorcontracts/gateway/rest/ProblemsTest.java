package com.payorcontracts.gateway.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's problems carry the type URIs of platform's ProblemType, the one catalogue. */
class ProblemsTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "401, Unauthorized, unauthorized",
            "403, Forbidden, forbidden",
            "404, Not found, not-found",
            "413, Content too large, content-too-large",
            "429, Too many requests, too-many-requests",
            "503, Service unavailable, unavailable",
            "504, Gateway timeout, gateway-timeout"})
    void namesEachProblemAsTheServicesDo(int status, String title, String slug) {
        assertThat(Problems.type(status, title)).isEqualTo("https://payorcontracts.dev/problems/" + slug);
    }
}
