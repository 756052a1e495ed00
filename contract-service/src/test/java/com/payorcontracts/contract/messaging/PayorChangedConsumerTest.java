package com.payorcontracts.contract.messaging;

import com.payorcontracts.contract.PayorEvents;
import com.payorcontracts.contract.PayorServiceStandIn;
import com.payorcontracts.events.PayorChanged;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.payorcontracts.contract.ContractJson.contract;
import static com.payorcontracts.contract.ContractJson.create;
import static com.payorcontracts.testing.Api.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Against the real broker: payor-changed becomes the payor projection, once, newest version winning. */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class PayorChangedConsumerTest {

    private static Object priorAuth(String contractId, String code) {
        return given().queryParam("asOf", "2026-05-01").queryParam("size", 200)
                .get("/api/v1/contracts/" + contractId + "/coverage").then().statusCode(200)
                .extract().path("codes.items.find { it.code == '" + code + "' }.priorAuthRequired");
    }

    private static String payorName(UUID payor) {
        return given().queryParam("asOf", "2026-05-01").get("/api/v1/service-catalog/coverage/payors/" + payor)
                .then().statusCode(200).extract().path("payorName");
    }

    @Test
    void keepsTheNewestPolicyWhateverOrderAndHowOftenEventsArriveAndForgetsARemovedOne() {
        given().contentType("text/csv").header("If-Match", "*")
                .body("code,label,category,expected_annual_volume,implant_heavy\r\n22630,Lumbar fusion,FUSION,85,true\r\n").put("/api/v1/service-catalog").then().statusCode(200);
        UUID payor = UUID.randomUUID();
        String id = create(contract(payor, "Projection", "[{\"code\":\"22630\",\"amount\":18000}]"));
        PayorChanged.PayorState profile = PayorEvents.payor("Ordered Health");
        UUID policy = UUID.randomUUID();

        PayorChanged.V1 required = PayorEvents.umPolicy(payor, 3, profile, policy, "22630", true, null, null, false);
        PayorEvents.publish(required);
        PayorEvents.publish(required);
        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(priorAuth(id, "22630")));

        // An older version of the same policy arrives late; then a marker event of the payor, to know both were read.
        PayorEvents.publish(PayorEvents.umPolicy(payor, 2, profile, policy, "22630", false, null, null, false));
        PayorEvents.publish(PayorEvents.updated(payor, 4, PayorEvents.payor("Ordered Health Plans")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Ordered Health Plans".equals(payorName(payor)));
        org.assertj.core.api.Assertions.assertThat(priorAuth(id, "22630")).isEqualTo(true);

        // Removed: no longer required.
        PayorEvents.publish(PayorEvents.umPolicy(payor, 5, PayorEvents.payor("Ordered Health Plans"), policy, "22630",
                true, null, null, true));
        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.FALSE.equals(priorAuth(id, "22630")));
        // An older profile does not bring back the old name.
        PayorEvents.publish(PayorEvents.updated(payor, 1, PayorEvents.payor("Ordered Health")));
        PayorEvents.publish(PayorEvents.umPolicy(payor, 6, PayorEvents.payor("Ordered Health Plans"), UUID.randomUUID(),
                "22630", true, "2027-01-01", null, false));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().queryParam("asOf", "2027-02-01").queryParam("size", 200).get("/api/v1/contracts/" + id + "/coverage")
                        .then().extract().path("codes.items.find { it.code == '22630' }.priorAuthRequired").equals(true));
        org.assertj.core.api.Assertions.assertThat(payorName(payor)).isEqualTo("Ordered Health Plans");
    }

    @Test
    void contractsCarryTheirPayorsNameFromTheProjectionInListsAndReads() {
        UUID payor = UUID.randomUUID();
        String id = create(contract(payor, "Labelled", "[{\"code\":\"22630\",\"amount\":18000}]"));
        // Before payor-changed told it, the name is simply absent: a list never waits for payor-service.
        given().queryParam("payorId", payor).get("/api/v1/contracts").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].payorName", org.hamcrest.Matchers.nullValue());
        PayorEvents.publish(PayorEvents.updated(payor, 1, PayorEvents.payor("Labelled Health")));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Labelled Health".equals(given().queryParam("payorId", payor)
                .get("/api/v1/contracts").then().statusCode(200).extract().path("items[0].payorName")));
        given().get("/api/v1/contracts/" + id).then().statusCode(200).body("payorName", equalTo("Labelled Health"));
    }

    @Test
    void isReadyOnlyWithThePayorChangedConsumerRunning() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'payor-changed consumer' }.status", equalTo("UP"));
    }
}
