package com.payorcontracts.contract.client;

import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemDetail;
import com.payorcontracts.platform.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asks payor-service whether a payor exists. A contract must name a real payor, and when
 * payor-service cannot answer the write is refused with 503 rather than made on a guess.
 */
@ApplicationScoped
public class PayorDirectory {

    private final PayorClient payors;

    PayorDirectory(@RestClient PayorClient payors) {
        this.payors = payors;
    }

    public void requireExists(UUID payorId) {
        name(payorId);
    }

    /** The payor's name; a 422 naming payorId when payor-service does not know it, a 503 when it cannot say. */
    public String name(UUID payorId) {
        int status;
        Map<?, ?> payor = null;
        try (Response response = payors.get(payorId)) {
            status = response.getStatus();
            if (status == 200) {
                payor = response.readEntity(Map.class);
            }
        } catch (WebApplicationException e) {
            status = e.getResponse().getStatus();
        } catch (ProcessingException e) {
            throw unavailable();
        }
        if (status == 404) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "payor " + payorId + " does not exist",
                    List.of(new ProblemDetail.FieldError("payorId", "no such payor in payor-service")));
        }
        if (status != 200 || payor == null) {
            throw unavailable();
        }
        Object name = payor.get("name");
        return name == null ? payorId.toString() : name.toString();
    }

    private static ApiException unavailable() {
        return new ApiException(ProblemType.UNAVAILABLE,
                "payor-service cannot confirm the payor just now; nothing was written, try again", List.of());
    }
}
