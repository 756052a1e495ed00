package com.payorcontracts.analytics.rest;

import com.payorcontracts.analytics.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Raw X12 835 uploads: the real samples ingest, a repeat is recognised, a bad file is refused whole. */
@QuarkusTest
class RemittanceResourceTest {

    private static final String X12 = "application/edi-x12";

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "blue_cross_nc_sample.txt, 1, 1922.86, 2011-01-08",
            "emedny_sample.txt, 3, 45.75, 2010-01-01",
            "united_healthcare_legacy_sample.txt, 2, 349.99, 2021-02-04"})
    void storesEachRealSampleOnceAndAnswersTheSameFileAgainWithTheFirstUpload(String sample, int claims, float totalPaid,
                                                                              String paymentDate) {
        byte[] file = Fixtures.sample835(sample);
        String id = given().contentType(X12).body(file)
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/analytics/remittances/"))
                .body("claimCount", equalTo(claims))
                .body("totalPaid", equalTo(totalPaid))
                .body("paymentDate", equalTo(paymentDate))
                .body("source", equalTo("X12_835"))
                .extract().path("id");

        given().contentType(X12).body(file)
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("claimCount", equalTo(claims));

        given().when().get("/api/v1/analytics/remittances/" + id)
                .then().statusCode(200).body("totalPaid", equalTo(totalPaid));
    }

    @Test
    void refusesAnUnbalancedFileNamingTheSegmentAndStoresNothing() throws Exception {
        // The second service line's payment no longer adds up with its adjustments.
        String unbalanced = new String(Fixtures.sample835("blue_cross_nc_sample.txt"), StandardCharsets.ISO_8859_1)
                .replace("SVC*HC:59440*890*865**1", "SVC*HC:59440*890*855**1");
        long before = count("remittance");

        given().contentType(X12).body(unbalanced.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("segment"))
                .body("errors.field", hasItem(containsString("(SVC)")))
                .body("errors.field", hasItem(containsString("(CLP)")));

        assertThat(count("remittance")).isEqualTo(before);
        assertThat(count("remit_claim WHERE claim_ref = '200200964A52' AND paid = 1912.86")).isZero();
    }

    @Test
    void refusesAMalformedFileNamingTheSegment() {
        String malformed = new String(Fixtures.sample835("united_healthcare_legacy_sample.txt"), StandardCharsets.ISO_8859_1)
                .replace("SVC*HC>B4152*156.42", "SVC*HC>B4152*l56.42");

        given().contentType(X12).body(malformed.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(422)
                .body("errors[0].field", containsString("(SVC)"))
                .body("errors[0].message", containsString("l56.42"));

        given().contentType(X12).body("this is not an 835".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void takesABig835AsAJobThatStoresItWhole() {
        // Prefer: respond-async does for a small file what size does for a big one.
        String file = new String(Fixtures.sample835("emedny_sample.txt"), StandardCharsets.ISO_8859_1)
                .replace("TRN*1*10100000000*1000000000", "TRN*1*10100000999*1000000000");
        String job = given().contentType(X12).header("Prefer", "respond-async").body(file.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(202)
                .body("kind", equalTo("REMITTANCE_X12"))
                .extract().header("Location");

        assertThat(Fixtures.awaitJob(job)).isEqualTo("SUCCEEDED");
        String remittance = given().get(job).then().statusCode(200)
                .body("rowsDone", equalTo(3))
                .body("rowsTotal", equalTo(3))
                .body("result.remittanceId", notNullValue())
                .extract().path("result.remittanceId");
        given().get("/api/v1/analytics/remittances/" + remittance).then().statusCode(200)
                .body("claimCount", equalTo(3))
                .body("totalPaid", equalTo(45.75f));
    }

    @Test
    void failsAJobOfAnUnbalancedFileWithTheSegmentAndStoresNothing() throws Exception {
        String file = new String(Fixtures.sample835("emedny_sample.txt"), StandardCharsets.ISO_8859_1)
                .replace("TRN*1*10100000000*1000000000", "TRN*1*10100000777*1000000000")
                .replace("BPR*I*45.75", "BPR*I*46.75");
        String job = given().contentType(X12).header("Prefer", "respond-async").body(file.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/v1/analytics/remittances")
                .then().statusCode(202).extract().header("Location");

        assertThat(Fixtures.awaitJob(job)).isEqualTo("FAILED");
        given().get(job).then().body("errors[0].field", containsString("(BPR)"));
        assertThat(count("remit_payment WHERE trace_number = '10100000777'")).isZero();
    }

    @Test
    void keepsNoPatientNameOrMemberIdFromAn835() throws Exception {
        given().contentType(X12).body(Fixtures.sample835("blue_cross_nc_sample.txt"))
                .when().post("/api/v1/analytics/remittances").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[]{"remittance", "remit_payment", "remit_claim", "remit_line", "remit_adjustment"}) {
                try (ResultSet rs = statement.executeQuery("SELECT coalesce(string_agg(t::text, ' '), '') FROM " + table + " t")) {
                    rs.next();
                    assertThat(rs.getString(1)).as(table).doesNotContainIgnoringCase("Dough")
                            .doesNotContain("YPB123456789001");
                }
            }
        }
    }

    private long count(String tableAndCondition) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + tableAndCondition)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
