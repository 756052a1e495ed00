package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.platform.config.PageTokenConfig;
import com.payorcontracts.platform.rest.PageTokenCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** What screens need in few calls: labels on worklist rows, sorts, batch gets, and page tokens on the claim list. */
@QuarkusTest
class ScreenListsTest {

    @Inject
    PageTokenConfig pageTokenConfig;

    private static void postClaim(UUID payor, String claimId, String serviceDate) {
        given().contentType(ContentType.JSON).body("""
                        {"claimId":"%s","payorId":"%s","submissionDate":"2026-03-02","lines":[
                         {"code":"62323","dateOfService":"%s","billedCharge":1500},
                         {"code":"64483","dateOfService":"%s","billedCharge":2400}]}""".formatted(claimId, payor, serviceDate, serviceDate))
                .when().post("/api/v1/analytics/claims").then().statusCode(201);
    }

    @Test
    void worklistRowsCarryTheContractAndPayorNamesAndSortByAmountAndAgeAndComeByIdInOneCall() {
        UUID payor = UUID.randomUUID();
        Fixtures.publishPayor(new PayorChanged.V1(UUID.randomUUID(), payor, 1, Instant.now(), PayorChanged.ChangeKind.CREATED,
                new PayorChanged.PayorState("Screen Health", null, "COMMERCIAL", "ACTIVE", null, List.of(), null, false)));
        UUID contract = Fixtures.contract(payor, null,
                Fixtures.rates("2026-01-01", null, Fixtures.fixed("62323", "612.40"), Fixtures.fixed("64483", "698.00")));
        postClaim(payor, "SL-1", "2026-03-01");
        given().contentType(ContentType.JSON).body("""
                {"payorId":"%s","payerName":"Test Payer","payerId":"TP1","traceNumber":"T-%s","paymentDate":"2026-04-20",
                 "claims":[{"claimId":"SL-1","payerClaimId":"X1","status":"1","charge":3900,"paid":1168.00,
                   "lines":[{"code":"62323","charge":1500,"paid":500.00,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":1000}]},
                            {"code":"64483","charge":2400,"paid":668.00,"dateOfService":"2026-03-01",
                             "adjustments":[{"group":"CO","reason":"45","amount":1732}]}]}]}""".formatted(payor, UUID.randomUUID()))
                .when().post("/api/v1/analytics/remittances").then().statusCode(201);

        // The payor's name comes from analytics' own payor projection, once payor-changed has told it.
        await().atMost(Duration.ofSeconds(20)).until(() -> "Screen Health".equals(given().queryParam("payorId", payor)
                .get("/api/v1/analytics/underpayments").then().statusCode(200).extract().path("items[0].payorName")));
        // 62323: 500.00 - 612.40 = -112.40; 64483: 668.00 - 698.00 = -30.00. The default puts the larger shortfall first.
        JsonPath byDefault = given().queryParam("payorId", payor).get("/api/v1/analytics/underpayments").then().statusCode(200)
                .body("items.code", contains("62323", "64483"))
                .body("items.variance", contains(-112.40f, -30.00f))
                .body("items[0].contractName", equalTo("Test contract " + contract))
                .extract().jsonPath();
        given().queryParam("payorId", payor).queryParam("sort", "amount").get("/api/v1/analytics/underpayments")
                .then().body("items.code", contains("64483", "62323"));
        given().queryParam("payorId", payor).queryParam("sort", "-age").get("/api/v1/analytics/underpayments")
                .then().statusCode(200).body("totalItems", equalTo(2));
        int second = byDefault.getInt("items[1].id");
        given().queryParam("id", second).get("/api/v1/analytics/underpayments")
                .then().body("totalItems", equalTo(1)).body("items[0].code", equalTo("64483"));
        // Report rows grouped by contract carry its name too: -112.40 + -30.00 = -142.40 over the two lines.
        given().queryParam("payorId", payor).queryParam("groupBy", "CONTRACT").get("/api/v1/analytics/reports/totals")
                .then().statusCode(200)
                .body("items[0].key", equalTo(contract.toString()))
                .body("items[0].label", equalTo("Test contract " + contract))
                .body("items[0].payorName", equalTo("Screen Health"))
                .body("items[0].variance", equalTo(-142.40f));
        given().queryParam("payorId", payor).queryParam("groupBy", "PAYOR").get("/api/v1/analytics/reports/totals")
                .then().statusCode(200).body("items[0].label", equalTo("Screen Health"))
                .body("items[0].payorName", equalTo("Screen Health"));
        given().queryParam("payorId", payor).queryParam("groupBy", "CODE").get("/api/v1/analytics/reports/totals")
                .then().statusCode(200).body("items[0].label", nullValue()).body("items[0].payorName", nullValue());
        given().queryParam("payorId", payor).queryParam("groupBy", "CONTRACT").get("/api/v1/analytics/reports/days-to-pay")
                .then().statusCode(200).body("items[0].label", equalTo("Test contract " + contract))
                .body("items[0].payorName", equalTo("Screen Health"));
        given().queryParam("sort", "size").get("/api/v1/analytics/underpayments")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void pageTokensWalkTheClaimListNewestFirstAsPageNumbersDo() {
        UUID payor = UUID.randomUUID();
        for (int i = 1; i <= 5; i++) {
            postClaim(payor, "TOK-" + i, "2026-03-0" + i);
        }
        List<String> byNumber = given().queryParam("payorId", payor).queryParam("size", 5).get("/api/v1/analytics/claims")
                .then().statusCode(200).extract().jsonPath().getList("items.claimId");
        assertThat(byNumber).containsExactly("TOK-5", "TOK-4", "TOK-3", "TOK-2", "TOK-1");

        List<String> byToken = new ArrayList<>();
        String next = null;
        int page = 0;
        do {
            var request = given().queryParam("payorId", payor).queryParam("size", 2);
            if (next != null) {
                request.queryParam("pageToken", next);
            }
            JsonPath body = request.get("/api/v1/analytics/claims").then().statusCode(200)
                    .body("page", equalTo(page)).body("totalItems", equalTo(5)).extract().jsonPath();
            byToken.addAll(body.getList("items.claimId"));
            next = body.getString("nextPageToken");
            page++;
        } while (next != null);
        assertThat(byToken).isEqualTo(byNumber);
        assertThat(page).isEqualTo(3);

        String first = given().queryParam("payorId", payor).queryParam("size", 2).get("/api/v1/analytics/claims")
                .then().extract().path("nextPageToken");
        given().queryParam("payorId", UUID.randomUUID()).queryParam("size", 2).queryParam("pageToken", first)
                .get("/api/v1/analytics/claims").then().statusCode(400).body("errors[0].field", equalTo("pageToken"));
        // Signed with the configured key (as a leaked one would be): only the key inside is wrong.
        PageTokenCodec codec = new PageTokenCodec(pageTokenConfig.secret().getBytes(StandardCharsets.UTF_8));
        String query = "/api/v1/analytics/claims\npayorId=" + payor + "\nsize=2";
        assertThat(codec.decode(query, first)).isPresent();
        for (List<String> key : List.of(List.of("yesterday", UUID.randomUUID().toString()),
                List.of(Instant.now().toString(), "not-a-uuid"), List.of(Instant.now().toString()))) {
            given().queryParam("payorId", payor).queryParam("size", 2)
                    .queryParam("pageToken", codec.encode(query, new PageTokenCodec.PageToken(1, 5, key)))
                    .get("/api/v1/analytics/claims").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("pageToken"));
        }
        given().queryParam("payorId", payor).queryParam("size", 5).get("/api/v1/analytics/claims")
                .then().body("nextPageToken", nullValue());
    }

    @Test
    void getsSeveralClaimsByIdInOneCall() {
        UUID payor = UUID.randomUUID();
        postClaim(payor, "ID-1", "2026-03-01");
        postClaim(payor, "ID-2", "2026-03-02");
        postClaim(payor, "ID-3", "2026-03-03");
        JsonPath all = given().queryParam("payorId", payor).get("/api/v1/analytics/claims").then().extract().jsonPath();
        given().queryParam("id", all.getString("items[0].id")).queryParam("id", all.getString("items[2].id"))
                .get("/api/v1/analytics/claims")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.claimId", contains("ID-3", "ID-1"));
    }
}
