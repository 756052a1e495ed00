package com.payorcontracts.payor.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class PayorStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PROSPECT, RESEARCHING, true", "PROSPECT, DECLINED, true", "PROSPECT, TARGETED, false",
            "PROSPECT, CONTRACTED, false", "RESEARCHING, TARGETED, true", "RESEARCHING, PROSPECT, false",
            "TARGETED, NEGOTIATING, true", "TARGETED, DECLINED, true", "NEGOTIATING, CONTRACTED, true",
            "NEGOTIATING, TERMINATED, false", "CONTRACTED, TERMINATED, true", "CONTRACTED, DECLINED, false",
            "DECLINED, RESEARCHING, true", "DECLINED, NEGOTIATING, false", "TERMINATED, RESEARCHING, true",
            "TERMINATED, CONTRACTED, false"})
    void movesOnlyAlongThePipelineOrOutThroughAnExit(PayorStatus from, PayorStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.allowedNext().contains(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(PayorStatus.class)
    void neverStaysWhereItIs(PayorStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
        assertThat(status.allowedNext()).isNotEmpty();
    }
}
