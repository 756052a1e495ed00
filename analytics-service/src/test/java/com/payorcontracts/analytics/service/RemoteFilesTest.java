package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.BenchmarksConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which URLs a TiC import may fetch, with loopback and private addresses not allowed (production settings). */
class RemoteFilesTest {

    private static final RemoteFiles PRODUCTION = new RemoteFiles(config(false, false));

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "ftp://93.184.216.34/f.json      | http or https",
        "file:///etc/passwd              | http or https",
        "http://127.0.0.1:8083/f.json    | loopback",
        "http://[::1]/f.json             | loopback",
        "http://10.0.0.5/f.json          | private",
        "http://192.168.1.20/f.json      | private",
        "http://172.16.0.1/f.json        | private",
        "http://169.254.169.254/latest   | private",   // the cloud metadata address is link-local
        "http://100.64.1.1/f.json        | private",   // carrier-grade NAT
        "http://[fd00::1]/f.json         | private",   // unique-local IPv6
        "http://0.0.0.0/f.json           | not a unicast",
        "https://user:pw@93.184.216.34/  | credentials",
    })
    void refusesWhatIsNotAPublicHttpAddress(String url, String reason) {
        assertThatThrownBy(() -> PRODUCTION.check(url)).isInstanceOf(RemoteFiles.RefusedUrl.class).hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({"https://93.184.216.34/in-network.json.gz", "http://93.184.216.34:8080/files/toc.json"})
    void acceptsAPublicHttpAddress(String url) {
        assertThat(PRODUCTION.check(url).getHost()).isEqualTo("93.184.216.34");
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:9/f.json"})
    void loopbackIsAllowedOnlyWhenConfigured(String url) {
        assertThat(new RemoteFiles(config(true, false)).check(url).getPort()).isEqualTo(9);
        assertThatThrownBy(() -> new RemoteFiles(config(true, false)).check("http://10.0.0.5/f.json"))
                .hasMessageContaining("private");
    }

    private static BenchmarksConfig config(boolean loopback, boolean privateAddresses) {
        BenchmarksConfig.Fetch fetch = new BenchmarksConfig.Fetch() {
            public long maxBytes() {
                return 1 << 20;
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration maxDuration() {
                return Duration.ofSeconds(10);
            }

            public int maxRedirects() {
                return 5;
            }

            public boolean allowLoopback() {
                return loopback;
            }

            public boolean allowPrivate() {
                return privateAddresses;
            }
        };
        return () -> fetch;
    }
}
