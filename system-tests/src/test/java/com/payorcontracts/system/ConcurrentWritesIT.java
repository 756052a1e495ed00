package com.payorcontracts.system;

import com.payorcontracts.testing.TestJwt;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 100 writers change one resource at the same instant through the gateway, each on the version it
 * read: one wins, the other 99 hear 412 (a stale If-Match) or 409 (a rule the winner's change
 * broke), nobody a 500 or a 503. Payor PUT, contract PUT, amendment POST (all for the same date)
 * and underpayment status change; the figures are printed for docs/reliability.md.
 */
@ExtendWith(Stack.class)
class ConcurrentWritesIT {

    private static final int WRITERS = 100;
    private static final String GATEWAY = "http://127.0.0.1:" + Stack.GATEWAY_PORT;
    private static final String CONTRACT = """
            {"payorId":"%s","name":"%s","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
             "feeSchedule":[{"code":"64483","amount":%s}]}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String token = "Bearer " + TestJwt.forRoles("admin");
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void ofOneHundredPayorReplacementsOnTheSameVersionOneWins() throws Exception {
        String id = payor("Raced payor " + run);
        String read = given().when().get("/api/v1/payors/" + id).then().statusCode(200).extract().header("ETag");

        Map<Integer, Long> statuses = race("payor PUT", i -> request("PUT", "/api/v1/payors/" + id, read,
                "{\"name\":\"Raced payor " + run + " writer " + i + "\",\"type\":\"COMMERCIAL\"}"));

        assertOneWinner(statuses, 200);
        String after = given().when().get("/api/v1/payors/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(after).as("the one change moved the version on by one").isEqualTo("W/\"" + (version(read) + 1) + "\"");
    }

    @Test
    void ofOneHundredContractReplacementsOnTheSameVersionOneWins() throws Exception {
        String payorId = payor("Contract race payor " + run);
        String id = given().contentType(ContentType.JSON).body(CONTRACT.formatted(payorId, "Raced contract " + run, "698.00"))
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        String read = given().when().get("/api/v1/contracts/" + id).then().statusCode(200).extract().header("ETag");

        Map<Integer, Long> statuses = race("contract PUT", i -> request("PUT", "/api/v1/contracts/" + id, read,
                CONTRACT.formatted(payorId, "Raced contract " + run + " writer " + i, 700 + i + ".00")));

        assertOneWinner(statuses, 200);
        String after = given().when().get("/api/v1/contracts/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(after).as("the one change moved the version on by one").isEqualTo("W/\"" + (version(read) + 1) + "\"");
    }

    @Test
    void ofOneHundredAmendmentsForTheSameDateOneIsStored() throws Exception {
        String payorId = payor("Amendment race payor " + run);
        String id = activeContract(payorId, "Amended contract " + run);

        Map<Integer, Long> statuses = race("amendment POST", i -> request("POST", "/api/v1/contracts/" + id + "/amendments", null,
                "{\"name\":\"Writer " + i + "\",\"effectiveDate\":\"2027-01-01\",\"feeScheduleUpserts\":[{\"code\":\"64483\",\"amount\":"
                        + (700 + i) + ".00}]}"));

        assertOneWinner(statuses, 201);
        assertThat(given().when().get("/api/v1/contracts/" + id + "/amendments").then().statusCode(200)
                .extract().<List<?>>path("$")).hasSize(1);
    }

    @Test
    void ofOneHundredUnderpaymentStatusChangesOnTheSameVersionOneWins() throws Exception {
        String payorId = payor("Underpayment race payor " + run);
        String contractId = activeContract(payorId, "Underpaid contract " + run);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                "ACTIVE".equals(given().when().get("/api/v1/analytics/contracts/" + contractId).then().extract().path("status")));
        String claimId = "RACE-" + run;
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"%s","payorId":"%s","providerTin":"123456789","patientId":"MRN-1","submissionDate":"2026-03-02",
                         "lines":[{"code":"64483","units":1,"placeOfService":"22","dateOfService":"2026-03-01","billedCharge":2400.00}]}"""
                        .formatted(claimId, payorId))
                .when().post("/api/v1/analytics/claims").then().statusCode(201);
        // 698.00 contracted, 668.00 paid: a $30.00 underpayment.
        given().contentType(ContentType.JSON).body("""
                        {"payorId":"%s","payerName":"Race payer","payerId":"RACE1","traceNumber":"EFT-%s","paymentDate":"2026-03-20",
                         "claims":[{"claimId":"%s","payerClaimId":"P-%s","status":"1","charge":2400.00,"paid":668.00,"receivedDate":"2026-03-02",
                          "lines":[{"code":"64483","charge":2400.00,"paid":668.00,"dateOfService":"2026-03-01",
                           "adjustments":[{"group":"CO","reason":"45","amount":1732.00}]}]}]}"""
                        .formatted(payorId, run, claimId, claimId))
                .when().post("/api/v1/analytics/remittances").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().queryParam("contractId", contractId).when().get("/api/v1/analytics/underpayments")
                        .then().statusCode(200).extract().<Integer>path("totalItems") == 1);
        Map<String, Object> underpayment = given().queryParam("contractId", contractId).when().get("/api/v1/analytics/underpayments")
                .then().extract().path("items[0]");
        assertThat(new java.math.BigDecimal(underpayment.get("variance").toString())).isEqualByComparingTo("-30.00");
        Object id = underpayment.get("id");
        String etag = given().when().get("/api/v1/analytics/underpayments/" + id).then().statusCode(200).extract().header("ETag");

        Map<Integer, Long> statuses = race("underpayment PATCH", i -> request("PATCH", "/api/v1/analytics/underpayments/" + id, etag,
                "{\"status\":\"IN_REVIEW\",\"assignee\":\"analyst-" + i + "\"}"));

        assertOneWinner(statuses, 200);
        given().when().get("/api/v1/analytics/underpayments/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("IN_REVIEW"));
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }

    private static void assertOneWinner(Map<Integer, Long> statuses, int won) {
        assertThat(statuses).containsEntry(won, 1L);
        assertThat(statuses.keySet()).as("statuses").allMatch(status -> status == won || status == 409 || status == 412);
        assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(WRITERS);
    }

    // Every writer waits at the gate, then all send at once.
    private Map<Integer, Long> race(String what, IntFunction<HttpRequest> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                HttpRequest request = write.apply(i);
                answers.add(pool.submit(() -> {
                    gate.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            long start = System.nanoTime();
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            Map<Integer, Long> counted = new TreeMap<>(statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
            System.out.printf("ConcurrentWritesIT: %d concurrent %s: statuses %s in %.2f s%n", WRITERS, what, counted,
                    (System.nanoTime() - start) / 1e9);
            return counted;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest request(String method, String path, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(45))
                .header("Authorization", token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private static String payor(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"type\":\"COMMERCIAL\"}")
                .when().post("/api/v1/payors").then().statusCode(201).extract().path("id");
    }

    private static String activeContract(String payorId, String name) {
        String id = given().contentType(ContentType.JSON).body(CONTRACT.formatted(payorId, name, "698.00"))
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        for (String status : List.of("NEGOTIATING", "ACTIVE")) {
            given().contentType(ContentType.JSON).header("If-Match", "*")
                    .body("{\"status\":\"" + status + "\",\"reason\":\"race set-up\"}")
                    .when().post("/api/v1/contracts/" + id + "/status").then().statusCode(200);
        }
        return id;
    }
}
