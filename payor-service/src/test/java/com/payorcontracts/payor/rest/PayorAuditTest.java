package com.payorcontracts.payor.rest;

import com.payorcontracts.payor.domain.PayorProfile;
import com.payorcontracts.payor.domain.PayorType;
import com.payorcontracts.payor.service.PayorService;
import com.payorcontracts.testing.TestJwt;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static com.payorcontracts.payor.PayorApi.createPayor;
import static com.payorcontracts.payor.PayorApi.etagOf;
import static com.payorcontracts.payor.PayorApi.unique;
import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The payor's audit trail: who (from the token), when, which request, what changed; append-only. */
@QuarkusTest
class PayorAuditTest {

    @Inject
    PayorService service;

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification by(String subject, String role) {
        return RestAssured.given().auth().oauth2(TestJwt.forSubject(subject, role));
    }

    private static String audit(String id) {
        return "/api/v1/payors/" + id + "/audit";
    }

    @Test
    void recordsWhoFromTheTokenWhenWhichRequestAndWhatChangedNewestFirst() {
        String id = createPayor(unique("Audited"), "COMMERCIAL");
        by("ana@asc.example", "contract-manager").header("X-Request-Id", "req-audit-1").header("If-Match", "*").contentType(ContentType.JSON)
                .body("{\"status\":\"RESEARCHING\",\"reason\":\"Growing MA book\"}")
                .when().post("/api/v1/payors/" + id + "/status").then().statusCode(200);

        given().when().get(audit(id)).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("status-changed"))
                .body("items[0].subject", equalTo("ana@asc.example"))
                .body("items[0].roles", equalTo(List.of("contract-manager")))
                .body("items[0].requestId", equalTo("req-audit-1"))
                .body("items[0].resourceType", equalTo("payor"))
                .body("items[0].resourceId", equalTo(id))
                .body("items[0].changes.find { it.field == 'status' }.from", equalTo("PROSPECT"))
                .body("items[0].changes.find { it.field == 'status' }.to", equalTo("RESEARCHING"))
                .body("items[0].occurredAt", org.hamcrest.Matchers.notNullValue())
                .body("items[1].action", equalTo("created"))
                .body("items[1].subject", equalTo("test-admin"))
                .body("items[1].requestId", nullValue());
    }

    @Test
    void recordsAnEditFieldByFieldBeforeAndAfter() {
        String name = unique("Before");
        String id = createPayor(name, "COMMERCIAL");
        String renamed = unique("After");
        given().header("If-Match", etagOf("/api/v1/payors/" + id)).contentType("application/merge-patch+json")
                .body("{\"name\":\"" + renamed + "\"}")
                .when().patch("/api/v1/payors/" + id).then().statusCode(200);

        given().when().get(audit(id)).then().statusCode(200)
                .body("items[0].action", equalTo("updated"))
                .body("items[0].changes", equalTo(List.of(java.util.Map.of("field", "name", "from", name, "to", renamed))));
    }

    @Test
    void recordsTheChangesOfThePayorsItemsInItsTrail() {
        String id = createPayor(unique("Items"), "COMMERCIAL");
        given().contentType(ContentType.JSON).body("{\"name\":\"Dana Reyes\",\"role\":\"PROVIDER_RELATIONS_REPRESENTATIVE\"}")
                .when().post("/api/v1/payors/" + id + "/contacts").then().statusCode(201);

        given().when().get(audit(id)).then().statusCode(200)
                .body("items[0].action", equalTo("contact-added"))
                .body("items[0].changes.field", hasItem("name"));
    }

    @Test
    void aChangeAndItsAuditRowCommitOrRollBackTogether() throws SQLException {
        String name = unique("Rolled back");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            service.create(new PayorProfile(name, null, PayorType.COMMERCIAL, null, List.of(), null, null));
            throw new IllegalStateException("a failure after the change");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT count(*) FROM payor WHERE name = '" + name + "'")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE changes::text LIKE '%" + name + "%'")).isZero();

        QuarkusTransaction.requiringNew().run(() ->
                service.create(new PayorProfile(name, null, PayorType.COMMERCIAL, null, List.of(), null, null)));
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject = 'system' AND changes::text LIKE '%" + name + "%'"))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheTrail() {
        createPayor(unique("Append only"), "COMMERCIAL");
        for (String sql : List.of("UPDATE audit_event SET subject = 'someone else'", "DELETE FROM audit_event",
                "TRUNCATE audit_event")) {
            assertThatThrownBy(() -> count(sql)).as(sql).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void nothingInTheApiEditsOrDeletesTheTrail() {
        String id = createPayor(unique("No edits"), "COMMERCIAL");
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            int status = given().contentType(ContentType.JSON).body("{}").when().request(method, audit(id)).statusCode();
            assertThat(status).as(method).isIn(404, 405);
        }
        given().when().get(audit(id)).then().body("totalItems", equalTo(1));
    }

    @Test
    void anUnknownPayorHasNoTrail() {
        given().when().get(audit("00000000-0000-0000-0000-000000000000")).then().statusCode(404);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!sql.startsWith("SELECT")) {
                statement.executeUpdate(sql);
                return -1;
            }
            try (var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
