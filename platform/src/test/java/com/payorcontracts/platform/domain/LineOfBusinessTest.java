package com.payorcontracts.platform.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineOfBusinessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LineOfBusiness read(String value) throws Exception {
        return JSON.readValue("\"" + value + "\"", LineOfBusiness.class);
    }

    // Every value contract-service (first 15) and payor-service (the rest) accepted before, and what it reads as now.
    @ParameterizedTest
    @CsvSource({
            "HMO, HMO", "PPO, PPO", "EPO, EPO", "POS, POS", "HDHP, HDHP", "INDEMNITY, INDEMNITY", "MEDICARE, MEDICARE",
            "MEDICARE_ADVANTAGE, MEDICARE_ADVANTAGE", "MEDICAID, MEDICAID", "MEDICAID_MCO, MEDICAID_MCO", "CHIP, CHIP",
            "TRICARE, TRICARE", "WORKERS_COMP, WORKERS_COMP", "AUTO_PIP, AUTO_PIP", "EXCHANGE, MARKETPLACE",
            "MARKETPLACE, MARKETPLACE", "MEDICARE_SUPPLEMENT, MEDICARE_SUPPLEMENT", "DUAL_ELIGIBLE, DUAL_ELIGIBLE",
            "OTHER, OTHER"})
    void readsEveryValueEitherServiceAcceptedBefore(String before, LineOfBusiness now) throws Exception {
        assertThat(read(before)).isEqualTo(now);
    }

    @Test
    void writesTheOneNameOfEachValue() throws Exception {
        assertThat(JSON.writeValueAsString(read("EXCHANGE"))).isEqualTo("\"MARKETPLACE\"");
    }

    @Test
    void holdsTheUnionOfBothFormerListsWithTheMarketNamedOnce() {
        assertThat(Arrays.stream(LineOfBusiness.values()).map(Enum::name)).hasSize(18).doesNotContain("EXCHANGE");
    }

    @Test
    void refusesAValueNeitherServiceKnew() {
        assertThatThrownBy(() -> read("GOLD")).isInstanceOf(InvalidFormatException.class);
    }
}
