package com.payorcontracts.platform.config;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Every decimal the API writes is written in plain digits with its own scale: money as
 * {@code 1150.00}, a rate that arithmetic left as {@code 1E+3} as {@code 1000}. Jackson would
 * otherwise write {@link java.math.BigDecimal#toString()}, whose exponent form a client reading
 * money has no reason to expect.
 */
@Singleton
public class PlainDecimals implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
    }
}
