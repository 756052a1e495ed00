package com.payorcontracts.platform.input;

import com.payorcontracts.platform.rest.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/** Refuses a query parameter holding a control character (a NUL would reach PostgreSQL), naming it. */
public class QueryParameterFilter {

    // After matching, so that AccessFilter (pre-matching) has refused an unauthenticated caller first.
    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (InputLimits.controlCharacterAt(name) >= 0) {
                throw ApiException.invalidField(InputLimits.shown(name), "a parameter name must not contain control characters");
            }
            for (String value : parameter.getValue()) {
                try {
                    InputLimits.text(value);
                } catch (InputLimits.InvalidInputException e) {
                    throw ApiException.invalidField(name, e.getMessage());
                }
            }
        }
    }
}
