package com.payorcontracts.analytics.service;

import com.payorcontracts.events.ContractChanged;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.payorcontracts.testing.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contract change and its follow-up (the repricing of the claims it concerns) commit together:
 * when the follow-up fails, the event is not marked handled, so its redelivery queues the repricing.
 */
@QuarkusTest
class ProjectionUpdatesTest {

    @Inject
    ProjectionUpdates updates;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFailedFollowUpLeavesTheEventUnhandledSoItsRedeliveryQueuesTheRepricing() throws Exception {
        UUID payor = UUID.randomUUID();
        given().contentType(ContentType.JSON).body("""
                {"claimId":"FU-1","payorId":"%s","providerTin":"123456789","patientId":"MRN-1","submissionDate":"2026-03-02",
                 "lines":[{"code":"64483","units":1,"placeOfService":"22","dateOfService":"2026-03-01","billedCharge":2400.00}]}"""
                .formatted(payor)).post("/api/v1/analytics/claims").then().statusCode(201);
        UUID contractId = UUID.randomUUID();
        ContractChanged.V1 event = new ContractChanged.V1(UUID.randomUUID(), contractId, 1, Instant.now(),
                ContractChanged.ChangeKind.CREATED, new ContractChanged.ContractTerms(payor, "Follow-up " + contractId, "ACTIVE",
                LocalDate.parse("2026-01-01"), LocalDate.parse("2028-12-31"), null, null, null,
                new ContractChanged.PaymentTerms(30, new BigDecimal("12"), 90, 180), List.of()));

        ContractChangeFollowUp real = ClientProxy.unwrap(Arc.container().instance(ContractChangeFollowUp.class).get());
        AtomicInteger calls = new AtomicInteger();
        QuarkusMock.installMockForType(new ContractChangeFollowUp(null, null, null) {
            @Override
            public void contractChanged(UUID contract, UUID payorId) {
                if (calls.getAndIncrement() == 0) {
                    throw new IllegalStateException("the database went away while queueing the repricing");
                }
                real.contractChanged(contract, payorId);
            }

            @Override
            int matchUnmatched(UUID payorId) {
                return real.matchUnmatched(payorId);
            }
        }, ContractChangeFollowUp.class);

        assertThatThrownBy(() -> updates.contractChanged(event)).hasMessageContaining("went away");
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", event.eventId())).isZero();
        assertThat(count("SELECT count(*) FROM contract_projection WHERE contract_id = ?", contractId)).isZero();

        assertThat(updates.contractChanged(event)).isEqualTo(ContractProjector.Outcome.APPLIED);
        assertThat(count("SELECT count(*) FROM job WHERE kind = 'REPRICE' AND params ->> 'id' = ?", contractId.toString()))
                .isEqualTo(1);
        assertThat(updates.contractChanged(event)).isEqualTo(ContractProjector.Outcome.DUPLICATE);
        assertThat(count("SELECT count(*) FROM job WHERE kind = 'REPRICE' AND params ->> 'id' = ?", contractId.toString()))
                .isEqualTo(1);
    }

    @Test
    void theFollowUpAsksAnIndexWhetherAContractChangeConcernsAnyClaim() throws Exception {
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // The test tables are small enough for a sequential scan to win; what matters is that an index can serve.
                statement.execute("SET LOCAL enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + ContractChangeFollowUp.CONCERNED)) {
                explain.setObject(1, UUID.randomUUID());
                explain.setObject(2, UUID.randomUUID());
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
            connection.rollback();
        }
        System.out.println("Plan of the contract-changed follow-up:\n  " + String.join("\n  ", plan));
        // Which index serves the unmatched half depends on the table's statistics at the time (the partial
        // claim_unmatched_idx, or claim_contract_idx on contract_id IS NULL once autovacuum has analyzed few
        // unmatched claims): either is an index, so the assertion is that neither half scans the table.
        assertThat(String.join("\n", plan)).contains("claim_contract_idx").doesNotContain("Seq Scan");
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
