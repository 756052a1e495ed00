package com.payorcontracts.system;

import com.payorcontracts.testing.TestJwt;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of contract-service and two of analytics-service on one database (a schema of their
 * own) and one topic (a broker of this test's own): writes go to both contract replicas, CSV uploads
 * to both analytics replicas. Every event is applied once, by one of the two consumers of the group,
 * and every job (imports, their repricings, the repricings contract changes queue) is run once.
 */
@ExtendWith(Stack.class)
class ReplicasIT {

    private static final String SCHEMA = "fault_replicas";
    private static final int CONTRACTS = 25;
    private static final int VERSIONS = 4;
    private static final int UPLOADS = 6;
    private static final int CLAIMS_PER_UPLOAD = 20;
    private static final Pattern DONE = Pattern.compile("[A-Z_]+ job ([0-9a-f-]{36}) done in");

    private final Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("system-tests/target/replicas");
    private final OwnBroker broker = new OwnBroker(root, work, 19094, 19095);
    private final List<ServiceProcess> contracts = List.of(
            new ServiceProcess("contract-service", 18095, work.resolve("logs-a")),
            new ServiceProcess("contract-service", 18096, work.resolve("logs-b")));
    private final List<ServiceProcess> analytics = List.of(
            new ServiceProcess("analytics-service", 18097, work.resolve("logs-a")),
            new ServiceProcess("analytics-service", 18098, work.resolve("logs-b")));

    @AfterEach
    void stopEverythingThisTestStarted() throws Exception {
        for (ServiceProcess service : List.of(contracts.get(0), contracts.get(1), analytics.get(0), analytics.get(1))) {
            service.stop();
        }
        broker.stop();
    }

    @Test
    void twoReplicasOfEachServiceApplyEveryEventOnceAndRunEveryJobOnce() throws Exception {
        broker.start(true);
        String group = "replicas-" + UUID.randomUUID();
        for (int replica = 0; replica < 2; replica++) {
            // The first replica empties and migrates the schema; the second joins it as it is.
            boolean first = replica == 0;
            contracts.get(replica).start(root, FaultServices.settings("contract_test", SCHEMA, broker.bootstrap(), first, Map.of(
                    "quarkus.rest-client.payor-service.url", "http://127.0.0.1:18081")));
            analytics.get(replica).start(root, FaultServices.settings("analytics_test", SCHEMA, broker.bootstrap(), first, Map.of(
                    "payorcontracts.consumer.group-id", group,
                    "payorcontracts.consumer.reference-schedule.group-id", group + "-rs",
                    "payorcontracts.analytics.jobs.chunk-rows", "10")));
            contracts.get(replica).awaitReady(Duration.ofSeconds(60));
            analytics.get(replica).awaitReady(Duration.ofSeconds(60));
        }
        String payorId = given().contentType(ContentType.JSON)
                .body("{\"name\":\"Replica Health Plan\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors").then().statusCode(201).extract().path("id");

        // Claims first (no contract covers them yet), to both analytics replicas: six CSV jobs.
        for (int upload = 0; upload < UPLOADS; upload++) {
            StringBuilder csv = new StringBuilder("claim_id,payor_id,patient_id,code,date_of_service,billed_charge\n");
            for (int claim = 0; claim < CLAIMS_PER_UPLOAD; claim++) {
                csv.append("R%d-%d,%s,MRN-%d,62323,2026-03-01,1500.00\n".formatted(upload, claim, payorId, claim));
            }
            HttpResponse<String> answer = FaultServices.send(HttpRequest.newBuilder(
                            URI.create(analytics.get(upload % 2).baseUrl() + "/api/v1/analytics/claims"))
                    .header("Authorization", "Bearer " + TestJwt.forRoles("admin")).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        }
        // Contract changes to both contract replicas, alternating; each queues repricings in analytics.
        List<String> refused = new ArrayList<>();
        int changes = 0;
        for (int c = 0; c < CONTRACTS; c++) {
            String id = null;
            for (int v = 1; v <= VERSIONS; v++) {
                HttpResponse<String> answer = FaultServices.writeContract(contracts.get((c + v) % 2).baseUrl(), id, payorId,
                        "Replica " + c, v);
                if (answer.statusCode() / 100 != 2) {
                    refused.add(answer.statusCode() + " " + answer.body());
                    continue;
                }
                id = id == null ? FaultServices.id(answer) : id;
                changes++;
            }
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while ((count("SELECT count(*) FROM contract_projection WHERE version = " + VERSIONS) < CONTRACTS
                || count("SELECT count(*) FROM job WHERE state IN ('QUEUED', 'RUNNING')") > 0)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Map<String, Long> outcomesA = FaultServices.outcomes(analytics.get(0).baseUrl());
        Map<String, Long> outcomesB = FaultServices.outcomes(analytics.get(1).baseUrl());
        long applied = outcomesA.getOrDefault("applied", 0L) + outcomesA.getOrDefault("stale", 0L)
                + outcomesB.getOrDefault("applied", 0L) + outcomesB.getOrDefault("stale", 0L);
        long events = FaultServices.count("contract_test", SCHEMA, "SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL");
        long handled = count("SELECT count(*) FROM processed_event WHERE consumer = 'contract-projection'");
        long jobs = count("SELECT count(*) FROM job");
        long succeeded = count("SELECT count(*) FROM job WHERE state = 'SUCCEEDED'");
        Map<String, Integer> runs = new HashMap<>();
        Map<String, Integer> runsPerReplica = new HashMap<>();
        for (String replica : List.of("logs-a", "logs-b")) {
            Matcher done = DONE.matcher(Files.readString(work.resolve(replica).resolve("analytics-service.log")));
            while (done.find()) {
                runs.merge(done.group(1), 1, Integer::sum);
                runsPerReplica.merge(replica, 1, Integer::sum);
            }
        }
        long claims = count("SELECT count(*) FROM claim");
        long priced = count("SELECT count(*) FROM line_result");
        System.out.printf("""
                ReplicasIT: 2 contract-service + 2 analytics-service replicas, one schema, one topic
                  %d contract changes (%d refused) -> %d events published, %d applied once (processed_event); \
                outcomes replica A %s, replica B %s
                  %d jobs, %d succeeded, runs per replica %s, jobs run more than once: %d
                  %d claims stored of %d uploaded, %d lines priced
                """, changes, refused.size(), events, handled, outcomesA, outcomesB, jobs, succeeded, runsPerReplica,
                runs.values().stream().filter(n -> n > 1).count(), claims, UPLOADS * CLAIMS_PER_UPLOAD, priced);

        assertThat(refused).isEmpty();
        assertThat(count("SELECT count(*) FROM contract_projection WHERE version = " + VERSIONS)).isEqualTo(CONTRACTS);
        assertThat(events).isEqualTo(changes);
        assertThat(handled).as("events applied, each once").isEqualTo(changes);
        assertThat(applied).as("applied or stale across both consumers: each event once").isEqualTo(changes);
        assertThat(succeeded).as("every job succeeded").isEqualTo(jobs);
        assertThat(runs).as("every job run, by one replica").hasSize((int) jobs).allSatisfy((job, n) -> assertThat(n).isEqualTo(1));
        assertThat(claims).isEqualTo(UPLOADS * CLAIMS_PER_UPLOAD);
        assertThat(priced).isEqualTo(claims);
    }

    private static long count(String sql) {
        return FaultServices.count("analytics_test", SCHEMA, sql);
    }
}
