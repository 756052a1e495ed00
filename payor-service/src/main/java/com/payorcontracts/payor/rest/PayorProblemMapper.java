package com.payorcontracts.payor.rest;

import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.ProblemExceptionMappers;
import com.payorcontracts.platform.rest.ProblemType;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** A lost race on a payor row, answered by platform's mapper as a 412 like any failed If-Match. */
public class PayorProblemMapper {

    private final ProblemExceptionMappers problems;

    PayorProblemMapper(ProblemExceptionMappers problems) {
        this.problems = problems;
    }

    // Belt and braces: rows are locked before If-Match is checked, but if the version check at
    // flush ever fires, the client must still learn that its edit did not land.
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return problems.api(new ApiException(ProblemType.PRECONDITION_FAILED,
                "someone else changed this at the same time; GET it again and reapply your change", List.of()), uri);
    }
}
