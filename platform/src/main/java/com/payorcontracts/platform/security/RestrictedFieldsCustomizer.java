package com.payorcontracts.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.security.RestrictedFields;
import com.payorcontracts.security.SecurityMatrix;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Makes the services' JSON leave out every {@code @RestrictedField} the caller's roles may not
 * see (security-matrix.csv, field lines). Outside a request (events, jobs) nobody's roles are
 * known, so restricted fields are left out there too: events are written by their own codec.
 */
@Singleton
public class RestrictedFieldsCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new RestrictedFields(SecurityMatrix.load(), RestrictedFieldsCustomizer::currentRoles));
    }

    private static Set<String> currentRoles() {
        ManagedContext requests = Arc.container().requestContext();
        return requests.isActive() ? Arc.container().instance(Caller.class).get().roles() : Set.of();
    }
}
