package com.payorcontracts.contract;

import io.restassured.http.ContentType;

import java.util.UUID;

import static com.payorcontracts.testing.Api.given;

/** Request bodies and set-up steps shared by the tests. */
public final class ContractJson {

    /** Payor ids starting with this are unknown to {@link PayorServiceStandIn}. */
    public static final String UNKNOWN_PAYOR_PREFIX = "00000000-0000-4000-8000-";

    private ContractJson() {
    }

    /** A contract for 2026-01-01 to 2028-12-31 with the given fee-schedule JSON array. */
    public static String contract(UUID payorId, String name, String feeSchedule) {
        return contract(payorId, name, feeSchedule, "");
    }

    /** As {@link #contract(UUID, String, String)}, with more top-level JSON members (a leading comma included). */
    public static String contract(UUID payorId, String name, String feeSchedule, String more) {
        return """
                {"payorId":"%s","name":"%s","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
                 "feeSchedule":%s%s}""".formatted(payorId, name, feeSchedule, more);
    }

    /** Creates a contract and returns its id. */
    public static String create(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
    }

    /** Creates a contract and makes it ACTIVE (DRAFT, NEGOTIATING, ACTIVE); returns its id. */
    public static String createActive(String body) {
        String id = create(body);
        for (String status : new String[]{"NEGOTIATING", "ACTIVE"}) {
            given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/contracts/" + id + "/status").then().statusCode(200);
        }
        return id;
    }
}
