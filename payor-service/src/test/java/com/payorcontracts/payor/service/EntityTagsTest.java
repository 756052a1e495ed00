package com.payorcontracts.payor.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityTagsTest {

    @Test
    void writesAWeakTagOfTheVersion() {
        assertThat(EntityTags.of(7)).isEqualTo("W/\"7\"");
    }

    @ParameterizedTest(name = "If-Match {0} matches version 3")
    @ValueSource(strings = {"W/\"3\"", "\"3\"", "*", " W/\"1\" , W/\"3\" ", "\"2\",\"3\""})
    void matchesTheCurrentVersionWeakStrongListedOrStar(String header) {
        assertThatCode(() -> EntityTags.fromIfMatch(header).check("payor x", 3)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "If-Match {0} does not match version 3")
    @CsvSource(delimiter = '|', value = {"W/\"2\"", "\"4\"", "3", "W/3", "\"abc\"", "W/\"99999999999999999999\""})
    void failsWith412OnAnythingElseAndNamesTheCurrentTag(String header) {
        assertThatThrownBy(() -> EntityTags.fromIfMatch(header).check("payor x", 3))
                .isInstanceOfSatisfying(PayorProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(412);
                    assertThat(problem.headers()).containsEntry("ETag", "W/\"3\"");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresTheHeaderWith428(String header) {
        assertThatThrownBy(() -> EntityTags.fromIfMatch(header))
                .isInstanceOfSatisfying(PayorProblem.class, problem -> assertThat(problem.status()).isEqualTo(428));
    }
}
