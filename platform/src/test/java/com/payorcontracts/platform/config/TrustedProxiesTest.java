package com.payorcontracts.platform.config;

import io.quarkus.runtime.configuration.CidrAddressConverter;
import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trusted proxies every service starts with are loopback, read by Quarkus as addresses. Quarkus
 * (TrustedProxyCheckPartConverter) reads an entry ending in {@code /bits} as a range and anything else
 * as {@code host[:port]}; one that does not come out as an address is a host name it resolves through
 * DNS on every request: with {@code ::1} (host ":" port 1) each request waited for a lookup of ":" and
 * some for the resolver's 5 s timeout. The same converters decide here.
 */
class TrustedProxiesTest {

    private static final Pattern RANGE = Pattern.compile(".+/\\d+"); // Quarkus' own test for a CIDR entry

    @Test
    void everyTrustedProxyIsReadAsAnAddressNeverAsAHostName() throws Exception {
        List<String> entries = trustedProxies();

        assertFalse(entries.isEmpty());
        assertAll(entries.stream().map(entry -> () -> assertTrue(readAsAddress(entry),
                entry + " is read as a host name, looked up in DNS on every request; write an IPv4 address or a CIDR range")));
        assertEquals(List.of("127.0.0.1", "::1/128"), entries, "loopback only, IPv4 and IPv6");
    }

    @Test
    void anIpv6AddressWithoutItsRangeIsReadAsAHostName() {
        assertFalse(readAsAddress("::1"));
        assertTrue(readAsAddress("::1/128"));
    }

    /** Whether Quarkus reads the entry as an address or a range, as TrustedProxyCheckPartConverter decides. */
    private static boolean readAsAddress(String entry) {
        if (RANGE.matcher(entry).matches()) {
            new CidrAddressConverter().convert(entry); // throws on a malformed range
            return true;
        }
        InetSocketAddress address = new InetSocketAddressConverter().convert(entry);
        return !address.isUnresolved() && address.getAddress() != null;
    }

    private static List<String> trustedProxies() throws Exception {
        Properties config = new Properties();
        try (InputStream in = TrustedProxiesTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        return Arrays.stream(config.getProperty("quarkus.http.proxy.trusted-proxies").split(",")).map(String::trim).toList();
    }
}
