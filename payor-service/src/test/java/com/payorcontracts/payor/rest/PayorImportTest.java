package com.payorcontracts.payor.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** CSV import: all rows or none, and a report naming every bad field by line. */
@QuarkusTest
class PayorImportTest {

    @Test
    void importsEveryRowWithItsEdiIdsAndQuotedFields() {
        String token = unique("Csv").split(" ")[1];
        String csv = """
                name,Type,legalName,ediPayerIds,portalUrl,notes
                %1$s Alpha,COMMERCIAL,"Alpha Health, Inc.",AL001@Clearpath Exchange;77002@Northgate EDI,https://alpha.example,
                %1$s Beta,medicaid_managed_care,,,,"Notes with ""quotes"" and
                two lines"
                """.formatted(token);

        given().contentType("text/csv").body(csv)
                .when().post("/api/v1/payors/import")
                .then().statusCode(201)
                .body("imported", equalTo(2))
                .body("payors.line", contains(2, 3))
                .body("payors.name", contains(token + " Alpha", token + " Beta"));

        given().queryParam("name", token).when().get("/api/v1/payors")
                .then().body("items[0].legalName", equalTo("Alpha Health, Inc."))
                .body("items[0].ediPayerIds.payerId", contains("AL001", "77002"))
                .body("items[1].type", equalTo("MEDICAID_MANAGED_CARE"))
                .body("items[1].notes", equalTo("Notes with \"quotes\" and\ntwo lines"));
    }

    @Test
    void importsNothingWhenAnyRowIsBadAndNamesEveryBadFieldByLine() {
        String token = unique("Bad csv").split(" ")[1];
        String csv = """
                name,type,portalUrl,ediPayerIds
                %1$s good,COMMERCIAL,,
                ,PRIVATE,ftp://x,
                %1$s also good,OTHER,,
                %1$s bad edi,OTHER,,nope
                """.formatted(token);

        given().contentType("text/csv").body(csv)
                .when().post("/api/v1/payors/import")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("nothing was imported"))
                // Row 1 is the first data row, as in every CSV upload of the API.
                .body("errors.collect { it.row + ':' + it.column }", containsInAnyOrder("2:name", "2:type", "2:portalUrl", "4:ediPayerIds"));

        given().queryParam("name", token).when().get("/api/v1/payors").then().body("totalItems", equalTo(0));
    }

    @Test
    void namesUnknownAndMissingColumns() {
        given().contentType("text/csv").body("name,rating\nX,5\n")
                .when().post("/api/v1/payors/import")
                .then().statusCode(400)
                .body("errors.collect { it.row + ':' + it.column }", containsInAnyOrder("0:rating", "0:type"));
    }

    @Test
    void namesARowWithTooFewFieldsAndAnEmptyFile() {
        given().contentType("text/csv").body("name,type,notes\nOnly name\n")
                .when().post("/api/v1/payors/import")
                .then().statusCode(400).body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("row[1]"));
        given().contentType("text/csv").body("")
                .when().post("/api/v1/payors/import")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void importsOnceWhenRetriedWithTheSameKey() {
        String token = unique("Csv retry").split(" ")[1];
        String key = UUID.randomUUID().toString();
        String csv = "name,type\n" + token + " one,OTHER\n";

        given().contentType("text/csv").header("Idempotency-Key", key).body(csv).post("/api/v1/payors/import").then().statusCode(201);
        given().contentType("text/csv").header("Idempotency-Key", key).body(csv).post("/api/v1/payors/import")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("payors", hasSize(1));

        given().queryParam("name", token).when().get("/api/v1/payors").then().body("totalItems", equalTo(1));
    }
}
