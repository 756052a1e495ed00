package com.payorcontracts.contract.rest;

import com.payorcontracts.contract.PayorServiceStandIn;
import com.payorcontracts.testing.AccessRules;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** contract-service checks tokens and roles itself, reached directly with no gateway in front (AccessRules). */
@QuarkusTest
@QuarkusTestResource(PayorServiceStandIn.class)
class AccessTest extends AccessRules {

    @Override
    protected String[] prefixes() {
        return new String[]{"/api/v1/contracts", "/api/v1/reference-fee-schedules", "/api/v1/service-catalog"};
    }
}
