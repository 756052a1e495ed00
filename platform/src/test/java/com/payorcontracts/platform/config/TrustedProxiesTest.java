package com.payorcontracts.platform.config;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trusted proxies every service starts with are addresses Quarkus reads as addresses. An entry
 * it cannot (an IPv6 literal without a prefix length, a host name) is resolved through DNS on
 * every request: with {@code ::1} each request waited for a lookup of ":" and some for the
 * resolver's 5 s timeout.
 */
class TrustedProxiesTest {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F.:]+/\\d{1,3}");

    @Test
    void everyTrustedProxyIsAnAddressOrARange() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        String value = config.getProperty("quarkus.http.proxy.trusted-proxies");
        List<String> entries = Arrays.stream(value.split(",")).map(String::trim).toList();

        assertFalse(entries.isEmpty());
        assertAll(entries.stream().map(entry -> () -> assertTrue(IPV4.matcher(entry).matches() || CIDR.matcher(entry).matches(),
                entry + " would be looked up in DNS on every request; write an IPv4 address or a CIDR range")));
        assertEquals(List.of("127.0.0.1", "::1/128"), entries, "loopback only, IPv4 and IPv6");
    }
}
