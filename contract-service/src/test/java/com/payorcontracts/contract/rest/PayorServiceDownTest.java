package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.domain.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** With payor-service out of reach, a create fails cleanly and writes nothing. */
@QuarkusTest
@TestProfile(PayorServiceDownTest.NoPayorService.class)
class PayorServiceDownTest {

    /** Points the client at a loopback port where nothing listens. */
    public static class NoPayorService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.payor-service.url", "http://127.0.0.1:1");
        }
    }

    @Test
    void answers503AndWritesNothing() {
        long before = Contract.count();

        given().contentType(ContentType.JSON).body(contract(UUID.randomUUID(), "No payor service", "[]"))
                .when().post("/api/v1/contracts")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("nothing was written"));

        assertThat(Contract.count()).isEqualTo(before);
    }
}
