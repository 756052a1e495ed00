package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import com.payorcontracts.contract.service.transparency.TicSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class TransparencyResourceTest {

    @Test
    void exportsTheRatesInForceAsAFileThatValidatesAgainstTheCmsSchema() {
        String id = create(contract(UUID.randomUUID(), "Published rates", """
                [{"code":"62323","amount":600},{"code":"64483","modifier":"50","amount":1000},
                 {"code":"22630","method":"CASE_RATE","amount":18500,"bundledCodes":["22840"]},
                 {"code":"L8699","method":"CARVE_OUT_COST_PLUS","percent":110}]""", """
                ,"provider":{"name":"Riverbend Spine Group","tin":"123456789","groupNpi":"1234567893","billingClass":"PROFESSIONAL"},
                 "escalator":{"annualPercent":3,"firstAnniversary":"2027-01-01","years":3}"""));

        String file = given().queryParam("asOf", "2027-02-01")
                .when().get("/api/v1/contracts/" + id + "/transparency/in-network-rates")
                .then().statusCode(200)
                .body("reporting_entity_name", equalTo("Stand-in Mutual Health"))
                // 600.00 escalated 3% for 2027
                .body("in_network.find { it.billing_code == '62323' }.negotiated_rates[0].negotiated_prices[0].negotiated_rate",
                        equalTo(618.0f))
                .extract().asString();

        assertThat(TicSchema.errors(file)).isEmpty();
    }

    @Test
    void refusesAContractWithoutAProviderTin() {
        given().when().get("/api/v1/contracts/" + create(contract(UUID.randomUUID(), "No provider", "[]"))
                        + "/transparency/in-network-rates")
                .then().statusCode(422).body("detail", containsString("TIN"));
    }
}
