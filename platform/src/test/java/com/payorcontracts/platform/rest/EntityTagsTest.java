package com.payorcontracts.platform.rest;

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
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.PRECONDITION_FAILED);
                    assertThat(problem.headers()).containsEntry("ETag", "W/\"3\"");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresTheHeaderWith428(String header) {
        assertThatThrownBy(() -> EntityTags.fromIfMatch(header))
                .isInstanceOfSatisfying(ApiException.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }

    @ParameterizedTest(name = "If-None-Match {0} names version 3")
    @ValueSource(strings = {"W/\"3\"", "\"3\"", "*", "W/\"1\", W/\"3\""})
    void knowsWhenTheClientAlreadyHasTheCurrentVersion(String header) {
        assertThat(EntityTags.noneMatch(header, "W/\"3\"")).isFalse();
    }

    @ParameterizedTest(name = "If-None-Match {0} does not name version 3")
    @NullAndEmptySource
    @ValueSource(strings = {"W/\"2\"", "\"33\""})
    void sendsTheBodyWhenTheClientHasAnotherVersionOrNone(String header) {
        assertThat(EntityTags.noneMatch(header, "W/\"3\"")).isTrue();
    }
}
