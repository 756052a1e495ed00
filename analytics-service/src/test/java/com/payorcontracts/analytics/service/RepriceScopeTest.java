package com.payorcontracts.analytics.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A repricing scope survives the trip through a REPRICE job's params, whatever its kind. */
class RepriceScopeTest {

    private static final UUID ID = UUID.fromString("3f1c2a7e-5b0d-4c8e-9a61-2d7f0b8e4c15");

    @Test
    void readsBackEveryQueueableScopeFromItsJobParams() {
        for (RepriceScope scope : List.of(RepriceScope.all(), RepriceScope.contract(ID), RepriceScope.claimJob(ID),
                RepriceScope.remittance(ID))) {
            assertThat(RepriceScope.fromParams(scope.params())).isEqualTo(scope);
        }
        assertThat(RepriceScope.claimJob(ID).params()).isEqualTo(Map.of("scope", "CLAIM_JOB", "id", ID.toString()));
    }

    @Test
    void takesParamsWithoutAScopeAsEveryClaim() {
        assertThat(RepriceScope.fromParams(Map.of())).isEqualTo(RepriceScope.all());
    }

    @Test
    void refusesToQueueAListOfClaims() {
        assertThatThrownBy(() -> RepriceScope.claims(List.of(ID)).params()).isInstanceOf(IllegalStateException.class);
    }
}
