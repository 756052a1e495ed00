package com.payorcontracts.contract.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapper that writes every answer of a service is platform's PlainDecimals one, not only a mapper a test made. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class PlainDecimalsWiringTest {

    @Inject
    ObjectMapper json;

    @Test
    void theServicesMapperWritesDecimalsInPlainDigits() throws Exception {
        BigDecimal thousand = new BigDecimal("1000.00").stripTrailingZeros(); // 1E+3, as arithmetic leaves it

        assertThat(json.writeValueAsString(Map.of("amount", thousand))).isEqualTo("{\"amount\":1000}");
        assertThat(json.writeValueAsString(Map.of("amount", new BigDecimal("1.5E-7")))).isEqualTo("{\"amount\":0.00000015}");
    }
}
