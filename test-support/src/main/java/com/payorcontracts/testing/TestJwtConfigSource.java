package com.payorcontracts.testing;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Points the service under test at {@link TestJwt}'s public key. On the test class path only
 * (test-support is a test-scoped dependency), found through {@code META-INF/services}, so every
 * test of a service verifies real signatures without each test class asking for it.
 */
public class TestJwtConfigSource implements ConfigSource {

    static final String LOCATION = "mp.jwt.verify.publickey.location";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(LOCATION);
    }

    @Override
    public String getValue(String propertyName) {
        return LOCATION.equals(propertyName) ? TestJwt.publicKeyFile().toUri().toString() : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(LOCATION, getValue(LOCATION));
    }

    @Override
    public String getName() {
        return "payorcontracts-test-jwt";
    }

    // Above application.properties (250): the tests' key wins over any location a service names.
    @Override
    public int getOrdinal() {
        return 275;
    }
}
