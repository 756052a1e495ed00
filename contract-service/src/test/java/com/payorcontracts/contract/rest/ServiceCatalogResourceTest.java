package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class ServiceCatalogResourceTest {

    private static final String CATALOG = """
            code,label,category,expected_annual_volume,implant_heavy\r
            62323,Lumbar epidural (ours),INJECTIONS,1200,false\r
            22630,Single-level lumbar fusion,FUSION,85,true\r
            "L8699","Implant, other",implants,,\r
            """;

    @Test
    void importsTheWholeCatalogAndReadsItBackInCodeOrderByCategory() {
        given().contentType("text/csv").header("If-Match", "*").body(CATALOG)
                .when().put("/api/v1/service-catalog")
                .then().statusCode(200).body("codes", equalTo(3));

        given().when().get("/api/v1/service-catalog")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.code", equalTo(java.util.List.of("22630", "62323", "L8699")))
                .body("items[0].label", equalTo("Single-level lumbar fusion"))
                .body("items[0].expectedAnnualVolume", equalTo(85))
                .body("items[0].implantHeavy", equalTo(true))
                .body("items[2].label", equalTo("Implant, other"))
                .body("items[2].category", equalTo("IMPLANTS"))
                .body("items[2].expectedAnnualVolume", equalTo(0));
        given().queryParam("category", "INJECTIONS").queryParam("size", 1).when().get("/api/v1/service-catalog")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].code", equalTo("62323"))
                .body("totalItems", equalTo(1));

        // A second import replaces the catalog: codes it leaves out are gone.
        given().contentType("text/csv").header("If-Match", "*").body("code,label,category\r\n64483,TFESI,INJECTIONS\r\n")
                .put("/api/v1/service-catalog").then().statusCode(200).body("codes", equalTo(1));
        given().get("/api/v1/service-catalog").then().body("totalItems", equalTo(1)).body("items[0].code", equalTo("64483"));
    }

    @Test
    void reportsEveryBadRowWithItsColumnAndKeepsTheCatalogAsItWas() {
        given().contentType("text/csv").header("If-Match", "*").body("code,label,category\r\n99213,Office visit (ours),EVALUATION\r\n")
                .put("/api/v1/service-catalog").then().statusCode(200);

        given().contentType("text/csv").header("If-Match", "*").body("""
                        code,label,category,expected_annual_volume,implant_heavy\r
                        62323,Epidural,INJECTIONS,10,false\r
                        6232X,Bad code,INJECTIONS,1,false\r
                        64483,,INJECTIONS,1,false\r
                        64484,Level two,SURGERY,1,false\r
                        64490,Facet,INJECTIONS,-4,false\r
                        64491,Facet two,INJECTIONS,4,often\r
                        62323,Again,INJECTIONS,1,false\r
                        """)
                .when().put("/api/v1/service-catalog")
                .then().statusCode(400).contentType("application/problem+json")
                // Rows are counted from the first data row (the header is row 0).
                .body("errors", hasSize(6))
                .body("errors[0].row", equalTo(2)).body("errors[0].column", equalTo("code"))
                .body("errors[1].row", equalTo(3)).body("errors[1].column", equalTo("label"))
                .body("errors[2].row", equalTo(4)).body("errors[2].column", equalTo("category"))
                .body("errors[3].row", equalTo(5)).body("errors[3].column", equalTo("expected_annual_volume"))
                .body("errors[4].row", equalTo(6)).body("errors[4].column", equalTo("implant_heavy"))
                .body("errors[5].row", equalTo(7)).body("errors[5].message", containsString("of row 1"));

        given().get("/api/v1/service-catalog").then().body("totalItems", equalTo(1)).body("items[0].code", equalTo("99213"));
    }

    @Test
    void importsOnlyOverTheVersionTheCallerReadAndMovesItsETagOn() {
        String before = given().get("/api/v1/service-catalog").then().statusCode(200).extract().header("ETag");

        given().contentType("text/csv").body(CATALOG).put("/api/v1/service-catalog")
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType("text/csv").header("If-Match", "W/\"987654321\"").body(CATALOG).put("/api/v1/service-catalog")
                .then().statusCode(412).header("ETag", equalTo(before));
        String after = given().contentType("text/csv").header("If-Match", before).body(CATALOG).put("/api/v1/service-catalog")
                .then().statusCode(200).extract().header("ETag");

        org.assertj.core.api.Assertions.assertThat(after).isNotEqualTo(before);
        given().header("If-None-Match", after).get("/api/v1/service-catalog").then().statusCode(304);
        given().contentType("text/csv").header("If-Match", before).body(CATALOG).put("/api/v1/service-catalog")
                .then().statusCode(412).header("ETag", equalTo(after));
    }

    @Test
    void plansAServiceLineOnceForOneIdempotencyKeyAndNamesItsAddress() {
        String body = "{\"name\":\"Stimulators " + java.util.UUID.randomUUID() + "\",\"targetStartDate\":\"2027-03-01\","
                + "\"codes\":[\"63650\",\"63685\"]}";
        String key = java.util.UUID.randomUUID().toString();
        String location = given().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/service-catalog/planned-service-lines").then().statusCode(201).extract().header("Location");

        given().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/service-catalog/planned-service-lines")
                .then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", location);
        given().get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .body("codes", equalTo(java.util.List.of("63650", "63685"))).body("targetStartDate", equalTo("2027-03-01"));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsOrWithAnUnknownOne() {
        given().contentType("text/csv").header("If-Match", "*").body("code,label,descriptor\r\n62323,Epidural,long AMA text\r\n")
                .when().put("/api/v1/service-catalog")
                .then().statusCode(400).body("errors[0].row", equalTo(0)).body("errors[0].column", equalTo("descriptor"));
    }

    @Test
    void plansAServiceLineAndListsItRefusingBadCodesAndATakenName() {
        String name = "Spinal cord stimulation " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"targetStartDate\":\"2027-07-01\",\"codes\":[\"63685\",\"63650\",\"63650\"]}")
                .when().post("/api/v1/service-catalog/planned-service-lines")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("codes", equalTo(java.util.List.of("63650", "63685")))
                .body("targetStartDate", equalTo("2027-07-01"));

        given().queryParam("size", 200).when().get("/api/v1/service-catalog/planned-service-lines")
                .then().statusCode(200).body("items.name", org.hamcrest.Matchers.hasItem(name));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"targetStartDate\":\"2027-07-01\",\"codes\":[\"63650\"]}")
                .when().post("/api/v1/service-catalog/planned-service-lines")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Bad\",\"targetStartDate\":\"2027-07-01\",\"codes\":[\"6365\"]}")
                .when().post("/api/v1/service-catalog/planned-service-lines")
                .then().statusCode(400).body("errors[0].field", containsString("codes"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"No codes\",\"targetStartDate\":\"2027-07-01\",\"codes\":[]}")
                .when().post("/api/v1/service-catalog/planned-service-lines")
                .then().statusCode(400).body("errors[0].field", containsString("codes"));
    }
}
