package com.payorcontracts.payor.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.payorcontracts.payor.PayorApi.PROBLEM;
import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Contacts, interactions and the follow-ups they leave. */
@QuarkusTest
class RelationshipResourceTest {

    private static String contact(String payorId, String name) {
        return given().contentType(ContentType.JSON).body("""
                        {"name": "%s", "role": "PROVIDER_RELATIONS_REPRESENTATIVE", "email": "rep@payor.example",
                         "phone": "(555) 201-4400 x12"}""".formatted(name))
                .post("/api/v1/payors/" + payorId + "/contacts").then().statusCode(201).extract().path("id");
    }

    private static String interaction(String payorId, String contactId, LocalDate on, LocalDate followUp, String outcome) {
        return """
                {"kind": "CALL", "occurredOn": "%s", %s "outcome": "%s" %s}"""
                .formatted(on, contactId == null ? "" : "\"contactId\":\"" + contactId + "\",", outcome,
                        followUp == null ? "" : ", \"nextFollowUpOn\": \"" + followUp + "\"");
    }

    @Test
    void keepsContactsWithTheirRoleAndWaysToReachThem() {
        String id = createPayor(unique("Contacts"), "COMMERCIAL");
        contact(id, "Morgan Ellis");

        given().when().get("/api/v1/payors/" + id + "/contacts")
                .then().statusCode(200)
                .body("items[0].name", equalTo("Morgan Ellis"))
                .body("items[0].role", equalTo("PROVIDER_RELATIONS_REPRESENTATIVE"))
                .body("items[0].phone", equalTo("(555) 201-4400 x12"));
    }

    @Test
    void namesEachBadFieldOfAContact() {
        String id = createPayor(unique("Bad contact"), "COMMERCIAL");
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"role\":\"RECEPTIONIST\"}")
                .when().post("/api/v1/payors/" + id + "/contacts")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("name", "role"));
        given().contentType(ContentType.JSON).body("{\"name\":\"\",\"role\":\"CLAIMS\",\"email\":\"a@b\",\"phone\":\"12\"}")
                .when().post("/api/v1/payors/" + id + "/contacts")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("name", "email", "phone"));
    }

    @Test
    void logsInteractionsLatestFirst() {
        String id = createPayor(unique("Log"), "COMMERCIAL");
        String rep = contact(id, "Rep");
        given().contentType(ContentType.JSON).body(interaction(id, rep, LocalDate.parse("2026-01-05"), null, "Intro"))
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201);
        given().contentType(ContentType.JSON).body(interaction(id, rep, LocalDate.parse("2026-02-05"), null, "Proposal"))
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201);

        given().when().get("/api/v1/payors/" + id + "/interactions")
                .then().body("items.outcome", contains("Proposal", "Intro"))
                .body("items[0].contactId", equalTo(rep));
    }

    @Test
    void refusesAFollowUpBeforeTheInteractionAndAContactOfAnotherPayor() {
        String id = createPayor(unique("Bad log"), "COMMERCIAL");
        String otherRep = contact(createPayor(unique("Other"), "COMMERCIAL"), "Not ours");

        given().contentType(ContentType.JSON)
                .body(interaction(id, null, LocalDate.parse("2026-02-05"), LocalDate.parse("2026-02-01"), "x").replace("CALL", "LUNCH"))
                .when().post("/api/v1/payors/" + id + "/interactions")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON)
                .body(interaction(id, null, LocalDate.parse("2026-02-05"), LocalDate.parse("2026-02-01"), "x"))
                .when().post("/api/v1/payors/" + id + "/interactions")
                .then().statusCode(400).body("errors[0].field", equalTo("nextFollowUpOn"));
        given().contentType(ContentType.JSON)
                .body(interaction(id, otherRep, LocalDate.parse("2026-02-05"), null, "x"))
                .when().post("/api/v1/payors/" + id + "/interactions")
                .then().statusCode(400).body("errors[0].field", equalTo("contactId"));
    }

    @Test
    void listsFollowUpsDueSoonAcrossPayorsWithOverdueOnesFlagged() {
        LocalDate today = LocalDate.now();
        String name = unique("Follow");
        String id = createPayor(name, "COMMERCIAL");
        String rep = contact(id, "Dana Rep");
        given().contentType(ContentType.JSON).body(interaction(id, rep, today.minusDays(20), today.minusDays(2), "overdue " + name))
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201);
        given().contentType(ContentType.JSON).body(interaction(id, null, today, today.plusDays(5), "soon " + name))
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201);
        given().contentType(ContentType.JSON).body(interaction(id, null, today, today.plusDays(40), "later " + name))
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201);
        String done = given().contentType(ContentType.JSON).body(interaction(id, null, today, today.plusDays(1), "done " + name))
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201).extract().header("Location");
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"")
                .body(interaction(id, null, today, today.plusDays(1), "done " + name).replace("}", ", \"followUpDone\": true}"))
                .put(done).then().statusCode(200).body("followUpDone", equalTo(true));

        given().queryParam("days", 14).queryParam("size", 200)
                .when().get("/api/v1/payors/follow-ups")
                .then().statusCode(200)
                .body("items.outcome", hasItem("overdue " + name))
                .body("items.outcome", hasItem("soon " + name))
                .body("items.outcome", not(hasItem("later " + name)))
                .body("items.outcome", not(hasItem("done " + name)))
                .body("items.find { it.outcome == 'overdue " + name + "' }.overdue", equalTo(true))
                .body("items.find { it.outcome == 'overdue " + name + "' }.contactName", equalTo("Dana Rep"))
                .body("items.find { it.outcome == 'soon " + name + "' }.payorName", equalTo(name));
    }

    @Test
    void deletesAContactAndKeepsItsInteractions() {
        String id = createPayor(unique("Gone"), "COMMERCIAL");
        String rep = contact(id, "Leaving");
        given().contentType(ContentType.JSON).body(interaction(id, rep, LocalDate.parse("2026-01-05"), null, "kept"))
                .post("/api/v1/payors/" + id + "/interactions").then().statusCode(201);

        given().header("If-Match", "W/\"0\"").when().delete("/api/v1/payors/" + id + "/contacts/" + rep).then().statusCode(204);
        given().when().get("/api/v1/payors/" + id + "/interactions")
                .then().body("items[0].outcome", equalTo("kept"))
                .body("items[0].contactId", equalTo(null));
    }

    @Test
    void answersAnUnknownContactWith404() {
        String id = createPayor(unique("404"), "COMMERCIAL");
        given().when().get("/api/v1/payors/" + id + "/contacts/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }
}
