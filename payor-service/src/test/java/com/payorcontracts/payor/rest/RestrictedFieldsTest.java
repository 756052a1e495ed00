package com.payorcontracts.payor.rest;

import com.payorcontracts.security.RestrictedField;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.payorcontracts.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * A service's JSON leaves out a {@code @RestrictedField} for the roles the matrix keeps from it
 * (platform's RestrictedFieldsCustomizer, fed by AccessFilter): absent, not null.
 */
@QuarkusTest
class RestrictedFieldsTest {

    /** A walk-away rate, restricted like the real ones will be. */
    public record Offer(String code, BigDecimal rate, @RestrictedField("floors") BigDecimal floor) {
    }

    /** Test-only endpoint under a path every reading role may GET. */
    @Path("/api/v1/payors/restricted-fields-probe")
    public static class Probe {
        @GET
        public Offer offer() {
            return new Offer("64483", new BigDecimal("812.50"), new BigDecimal("700.00"));
        }
    }

    @Test
    void aRoleThatMayNotSeeFloorsGetsTheRestWithoutThem() {
        as("viewer").get("/api/v1/payors/restricted-fields-probe").then().statusCode(200)
                .body("code", equalTo("64483"))
                .body("rate", equalTo(812.50f))
                .body("$", not(hasKey("floor")));
    }

    @Test
    void aContractManagerSeesFloors() {
        as("contract-manager").get("/api/v1/payors/restricted-fields-probe").then().statusCode(200)
                .body("floor", equalTo(700.00f));
    }
}
