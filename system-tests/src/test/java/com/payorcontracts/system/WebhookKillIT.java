package com.payorcontracts.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.testing.TestJwt;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test: the webhook sender SIGKILLed in the middle of a run and restarted still delivers every
 * event at least once, each {@code webhook-id} always with the same body and a signature the receiver
 * verifies. The events are job.finished of {@value #JOBS} repricing jobs, which go through analytics'
 * outbox, the analytics-changed topic and the fan-out before the sender POSTs them to a receiver on
 * loopback that answers slowly, so deliveries are in flight when the kill comes.
 *
 * <p>The analytics killed here is this test's own JVM on port {@value #PORT}, in a schema of its own
 * ({@value #SCHEMA}) with a broker of its own (19096), so neither the stack nor the shared broker is touched.
 */
class WebhookKillIT {

    private static final int PORT = 18097;
    private static final String SCHEMA = "fault_webhooks";
    private static final int JOBS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/webhook-kill");
    private final OwnBroker broker = new OwnBroker(root, work, 19096, 19097);
    private final ServiceProcess analytics = new ServiceProcess("analytics-service", PORT, work.resolve("logs"));
    private final String token = TestJwt.forRoles("admin");

    private final Map<String, List<String>> bodiesById = new ConcurrentHashMap<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer receiver;
    private volatile String secret;

    @AfterEach
    void stopEverything() throws Exception {
        analytics.stop();
        broker.stop();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void senderKilledMidRunStillDeliversEveryEventAtLeastOnceWithItsBodyUnchanged() throws Exception {
        broker.start(true);
        startReceiver();
        start(true);
        Map<?, ?> endpoint = call("POST", "/api/v1/webhooks/endpoints", """
                {"url": "http://127.0.0.1:%d/hook", "eventTypes": ["job.finished"]}""".formatted(receiver.getAddress().getPort()));
        secret = (String) endpoint.get("secret");

        Set<String> jobs = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < JOBS; i++) {
            jobs.add((String) call("POST", "/api/v1/analytics/repricing", "{}").get("id"));
        }
        await(Duration.ofSeconds(120), () -> bodiesById.size() >= JOBS / 3);
        int beforeKill = bodiesById.size();
        analytics.kill();
        Instant killedAt = Instant.now();
        start(false);
        await(Duration.ofSeconds(180), () -> jobIds().containsAll(jobs));
        Duration recovery = Duration.between(killedAt, Instant.now());

        int duplicates = requests.get() - bodiesById.size();
        System.out.printf("""
                WebhookKillIT: %d job.finished events to a receiver on loopback, sender SIGKILLed after %d had arrived
                  after the restart every event arrived within %d s of the kill: %d requests for %d webhook-ids (%d again)
                """, JOBS, beforeKill, recovery.toSeconds(), requests.get(), bodiesById.size(), duplicates);
        assertThat(beforeKill).as("killed mid-run").isLessThan(JOBS);
        assertThat(jobIds()).as("every job's event delivered").containsAll(jobs);
        assertThat(bodiesById.values()).as("each webhook-id always with the same body")
                .allSatisfy(bodies -> assertThat(Set.copyOf(bodies)).hasSize(1));
        assertThat(badSignatures).as("signatures the receiver could not verify").isEmpty();
    }

    private Set<String> jobIds() {
        return bodiesById.values().stream().map(bodies -> read(bodies.get(0)).path("data").path("jobId").asText())
                .collect(Collectors.toSet());
    }

    private void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (!signature.contains(sign(id, timestamp, body))) {
                badSignatures.add(id);
            }
            try {
                Thread.sleep(20); // a receiver that takes its time: deliveries are in flight at the kill
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            requests.incrementAndGet();
            bodiesById.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(new String(body, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    // The receiver's own check, written from the Standard Webhooks spec rather than with the service's class.
    private String sign(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void start(boolean first) throws Exception {
        Map<String, String> more = new HashMap<>(Map.of(
                "payorcontracts.webhooks.targets.allow-http", "true",
                "payorcontracts.webhooks.targets.allow-loopback", "true",
                // A killed sender's claims come due again this soon (60 s in production).
                "payorcontracts.webhooks.lease", "5s",
                "payorcontracts.analytics.jobs.stale-after", "3s"));
        analytics.start(root, FaultServices.settings("analytics_test", SCHEMA, broker.bootstrap(), first, more));
        analytics.awaitReady(Duration.ofSeconds(60));
    }

    private Map<?, ?> call(String method, String path, String body) {
        HttpResponse<String> response = FaultServices.send(HttpRequest.newBuilder(URI.create(analytics.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        try {
            return JSON.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
