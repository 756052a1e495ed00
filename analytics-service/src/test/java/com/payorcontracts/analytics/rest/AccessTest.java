package com.payorcontracts.analytics.rest;

import com.payorcontracts.testing.AccessRules;
import io.quarkus.test.junit.QuarkusTest;

/** analytics-service checks tokens and roles itself, reached directly with no gateway in front (AccessRules). */
@QuarkusTest
class AccessTest extends AccessRules {

    @Override
    protected String[] prefixes() {
        return new String[]{"/api/v1/analytics", "/api/v1/webhooks"};
    }
}
