package com.payorcontracts.platform.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainDecimalsTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "1150.00, 1150.00",     // money keeps its scale
            "1E+3, 1000",           // an exponent from arithmetic (stripTrailingZeros) is spelt out
            "1.5E-7, 0.00000015",   // small enough that toString() would use an exponent
            "-0.01, -0.01",
            "0E-2, 0.00",
    })
    void writesPlainDigits(String value, String written) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new PlainDecimals().customize(mapper);

        assertEquals("{\"amount\":" + written + "}", mapper.writeValueAsString(Map.of("amount", new BigDecimal(value))));
    }
}
