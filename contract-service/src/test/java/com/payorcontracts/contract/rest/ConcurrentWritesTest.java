package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.createActive;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Many writers of one contract at once: one wins, the others hear 409, nobody a 500. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ConcurrentWritesTest {

    private static final int WRITERS = 40;
    private static final String LINE = "[{\"code\":\"99213\",\"amount\":100}]";

    @Test
    void ofManyAmendmentsForTheSameDateOneIsStoredAndTheOthersAreConflicts() throws Exception {
        String id = createActive(contract(UUID.randomUUID(), "Raced", LINE));

        Map<Integer, Long> statuses = race(i -> given().contentType(ContentType.JSON)
                .body("{\"name\":\"Writer " + i + "\",\"effectiveDate\":\"2027-01-01\",\"feeScheduleUpserts\":[{\"code\":\"99213\",\"amount\":"
                        + (100 + i) + "}]}")
                .post("/api/v1/contracts/" + id + "/amendments").statusCode());

        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, 1L);
        assertThat(given().get("/api/v1/contracts/" + id).then().extract().<List<?>>path("amendments")).hasSize(1);
    }

    @Test
    void ofManyTerminationsOneIsAppliedAndTheOthersAreConflicts() throws Exception {
        String id = createActive(contract(UUID.randomUUID(), "Terminated", LINE));

        // If-Match: * so that every writer gets past the precondition and they race for the row itself.
        Map<Integer, Long> statuses = race(i -> given().contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"status\":\"TERMINATED\",\"reason\":\"writer " + i + "\"}")
                .post("/api/v1/contracts/" + id + "/status").statusCode());

        assertThat(statuses).containsOnlyKeys(200, 409).containsEntry(200, 1L);
    }

    private static Map<Integer, Long> race(Function<Integer, Integer> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Callable<Integer>> writes = IntStream.range(0, WRITERS).<Callable<Integer>>mapToObj(i -> () -> write.apply(i)).toList();
            List<Future<Integer>> answers = pool.invokeAll(writes, 60, TimeUnit.SECONDS);
            return answers.stream().map(ConcurrentWritesTest::get)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Integer get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
