package com.payorcontracts.payor;

import io.restassured.http.ContentType;

import java.util.UUID;

import static com.payorcontracts.testing.Api.given;

/** Test shortcuts: create payors and read their ETags through the API, as a client would. */
public final class PayorApi {

    public static final String PROBLEM = "application/problem+json";

    private PayorApi() {
    }

    /** A word no other test uses, to find this test's payors among everyone's. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String createPayor(String name, String type) {
        return createPayor("{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}");
    }

    public static String createPayor(String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/payors")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String etagOf(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static void moveTo(String payorId, String... statuses) {
        for (String status : statuses) {
            given().contentType(ContentType.JSON).header("If-Match", "*")
                    .body("{\"status\":\"" + status + "\",\"reason\":\"test\"}")
                    .when().post("/api/v1/payors/" + payorId + "/status")
                    .then().statusCode(200);
        }
    }
}
