package com.payorcontracts.analytics.service;

import com.payorcontracts.analytics.config.BenchmarksConfig;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which URLs a TiC import may fetch (production settings refuse loopback and private addresses), and how a fetch is bounded. */
class RemoteFilesTest {

    private static final RemoteFiles PRODUCTION = new RemoteFiles(config(false, false));
    private static final RemoteFiles LOOPBACK = new RemoteFiles(config(true, false));

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

    @Test
    void readsAFileWholeThroughARedirect() throws IOException {
        byte[] file = "{\"version\": \"2.0.0\"}".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        HttpServer server = server(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/moved")) {
                exchange.getResponseHeaders().add("Location", "/file.json");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.sendResponseHeaders(200, file.length);
                exchange.getResponseBody().write(file);
            }
            exchange.close();
        });
        try (InputStream in = LOOPBACK.open(url(server, "/moved"))) {
            assertThat(in.readAllBytes()).isEqualTo(file);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesAFileWhoseLengthIsOverTheLimitBeforeReadingIt() {
        HttpServer server = server(exchange -> {
            exchange.sendResponseHeaders(200, (1 << 20) + 1);
            exchange.close();
        });
        try {
            assertThatThrownBy(() -> LOOPBACK.open(url(server, "/big.json")))
                    .isInstanceOf(IOException.class).hasMessageContaining("more than the 1048576 allowed");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void stopsABodyWithoutALengthOnceItPassesTheLimit() {
        HttpServer server = server(exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            byte[] block = new byte[64 * 1024];
            for (int i = 0; i < 20; i++) { // 1.25 MB
                exchange.getResponseBody().write(block);
            }
            exchange.close();
        });
        try {
            assertThatThrownBy(() -> {
                try (InputStream in = LOOPBACK.open(url(server, "/growing.json"))) {
                    in.readAllBytes();
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("larger than the 1048576 bytes allowed");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aServerSilentForLongerThanTheTimeoutFailsTheFetch() {
        HttpServer server = server(exchange -> {
            exchange.sendResponseHeaders(200, 100);
            exchange.getResponseBody().write(new byte[10]);
            exchange.getResponseBody().flush();
            sleep(4_000); // the test's timeout is 2 s
            exchange.close();
        });
        try {
            assertThatThrownBy(() -> {
                try (InputStream in = LOOPBACK.open(url(server, "/stalled.json"))) {
                    in.readAllBytes();
                }
            }).isInstanceOf(SocketTimeoutException.class);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFailedFetchSaysWhatTheServerAnswered() {
        HttpServer server = server(exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        try {
            assertThatThrownBy(() -> LOOPBACK.open(url(server, "/gone.json")))
                    .isInstanceOf(IOException.class).hasMessageEndingWith("answered HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    private static HttpServer server(HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", handler);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(HttpServer server, String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
