package com.payorcontracts.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test: the Kafka broker SIGKILLed (and restarted after a few seconds) while 1,000 contract
 * changes are written: every change reaches analytics' projection once, none is lost, none applied
 * twice. The broker, contract-service and analytics-service are this test's own processes (ports
 * 19092/19093, 18092, 18094; schemas {@value #SCHEMA} in the test databases); the shared broker and
 * the stack are never touched, except the stack's payor-service, which contract-service asks about payors.
 */
@ExtendWith(Stack.class)
class BrokerKillIT {

    private static final String SCHEMA = "fault_broker";
    private static final int BROKER_PORT = 19092;
    private static final int CONTROLLER_PORT = 19093;
    private static final int CONTRACTS = 100;
    private static final int VERSIONS = 10;
    private static final int KILL_AT = 300;

    private final Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/broker-kill");
    private final ServiceProcess contract = new ServiceProcess("contract-service", 18092, work.resolve("logs"));
    private final ServiceProcess analytics = new ServiceProcess("analytics-service", 18094, work.resolve("logs"));
    private final OwnBroker broker = new OwnBroker(root, work, BROKER_PORT, CONTROLLER_PORT);

    @AfterEach
    void stopEverythingThisTestStarted() throws Exception {
        contract.stop();
        analytics.stop();
        broker.stop();
    }

    @Test
    void aBrokerKilledDuring1000ContractChangesLosesNoneAndAppliesNoneTwice() throws Exception {
        broker.start(true);
        contract.start(root, FaultServices.settings("contract_test", SCHEMA, broker.bootstrap(), true, Map.of(
                "quarkus.rest-client.payor-service.url", "http://127.0.0.1:18081")));
        analytics.start(root, FaultServices.settings("analytics_test", SCHEMA, broker.bootstrap(), true, Map.of(
                "payorcontracts.consumer.group-id", "broker-kill-" + UUID.randomUUID(),
                "payorcontracts.consumer.reference-schedule.group-id", "broker-kill-rs-" + UUID.randomUUID())));
        contract.awaitReady(Duration.ofSeconds(60));
        analytics.awaitReady(Duration.ofSeconds(60));
        String payorId = given().contentType(ContentType.JSON)
                .body("{\"name\":\"Broker Kill Health Plan\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors").then().statusCode(201).extract().path("id");

        // Four writers, 25 contracts each: a create and nine updates per contract, 1,000 writes in all.
        AtomicInteger written = new AtomicInteger();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            done.add(writers.submit(() -> {
                for (int c = 0; c < CONTRACTS / 4; c++) {
                    String id = null;
                    for (int v = 1; v <= VERSIONS; v++) {
                        HttpResponse<String> answer = FaultServices.writeContract(contract.baseUrl(), id, payorId,
                                "Broker kill " + UUID.randomUUID(), v);
                        if (answer.statusCode() / 100 != 2) {
                            refused.add(answer.statusCode() + " " + answer.body());
                            continue;
                        }
                        if (id == null) {
                            id = FaultServices.id(answer);
                        }
                        written.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        awaitCount(written, KILL_AT, Duration.ofSeconds(120));
        int writtenAtKill = written.get();
        Instant killed = Instant.now();
        broker.kill();
        Thread.sleep(3_000);
        int writtenWhileDown = written.get() - writtenAtKill;
        broker.start(false);
        Duration down = Duration.between(killed, Instant.now());
        for (Future<?> writer : done) {
            writer.get();
        }
        writers.shutdown();
        Instant lastWrite = Instant.now();
        int changes = written.get();

        // Every contract at its last version in analytics, within a bounded wait.
        Instant deadline = lastWrite.plus(Duration.ofSeconds(90));
        while (FaultServices.count("analytics_test", SCHEMA, "SELECT count(*) FROM contract_projection WHERE version = " + VERSIONS) < CONTRACTS
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Duration caughtUp = Duration.between(lastWrite, Instant.now());
        long projected = FaultServices.count("analytics_test", SCHEMA, "SELECT count(*) FROM contract_projection WHERE version = " + VERSIONS);
        long events = FaultServices.count("contract_test", SCHEMA, "SELECT count(*) FROM outbox_event");
        long unpublished = FaultServices.count("contract_test", SCHEMA, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
        long handled = FaultServices.count("analytics_test", SCHEMA, "SELECT count(*) FROM processed_event WHERE consumer = 'contract-projection'");
        Map<String, Long> outcomes = FaultServices.outcomes(analytics.baseUrl());
        System.out.printf("""
                BrokerKillIT: %,d contract changes (%d contracts x %d versions), %d refused; broker SIGKILLed after %d, \
                down %.1f s (%d changes written meanwhile)
                  events in the outbox %,d, unpublished %d; events applied once %,d (processed_event), \
                outcomes %s
                  contracts at their last version in analytics: %d of %d, %.1f s after the last write
                """, changes, CONTRACTS, VERSIONS, refused.size(), writtenAtKill, down.toMillis() / 1000.0, writtenWhileDown,
                events, unpublished, handled, outcomes, projected, CONTRACTS, caughtUp.toMillis() / 1000.0);

        assertThat(refused).as("writes refused").isEmpty();
        assertThat(changes).isEqualTo(CONTRACTS * VERSIONS);
        assertThat(events).as("one event per change").isEqualTo(changes);
        assertThat(unpublished).as("lost in the outbox").isZero();
        assertThat(projected).as("contracts at their last version").isEqualTo(CONTRACTS);
        assertThat(handled).as("events applied, each once").isEqualTo(changes);
        assertThat(outcomes.getOrDefault("applied", 0L) + outcomes.getOrDefault("stale", 0L))
                .as("applied or stale, each event once").isEqualTo(changes);
    }

    private static void awaitCount(AtomicInteger count, int target, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (count.get() < target) {
            assertThat(Instant.now()).as("%d writes within %s", target, timeout).isBefore(deadline);
            Thread.sleep(10);
        }
    }
}
