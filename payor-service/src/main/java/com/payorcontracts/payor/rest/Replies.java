package com.payorcontracts.payor.rest;

import com.payorcontracts.platform.rest.EntityTags;
import com.payorcontracts.platform.rest.Idempotency;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How payor resources answer: every POST through platform {@link Idempotency} (so an Idempotency-Key
 * retry gets the first answer), every single resource with its ETag.
 */
@ApplicationScoped
class Replies {

    static final String IDEMPOTENCY_KEY = Idempotency.HEADER;

    // What the OpenAPI document says of answers many operations share (platform's ProblemResponses adds the rest).
    static final String CREATED = "Created; Location and ETag name it";
    static final String ARCHIVED = "The payor is archived; restore it before changing it";
    static final String ILLEGAL_MOVE = ARCHIVED + "; or the move is not allowed from the current status"
            + " (`allowedStatuses` names the allowed ones)";
    static final String ARCHIVED_OR_PRESENCE_TAKEN = ARCHIVED + "; or the payor already has a figure for this state and county";
    static final String ARCHIVED_OR_PRODUCT_TAKEN = ARCHIVED + "; or the payor already has a plan product of this name";
    static final String ARCHIVED_OR_POLICY_OVERLAPS = ARCHIVED + "; or another UM policy covers this code in an overlapping period";

    /** What a POST produced: its status, body, the id it created (for Location) and the version (for ETag). */
    record Outcome(int status, Object body, UUID createdId, Long version) {

        static Outcome created(UUID id, Object body, long version) {
            return new Outcome(201, body, id, version);
        }

        static Outcome ok(Object body, Long version) {
            return new Outcome(200, body, null, version);
        }
    }

    private final Idempotency idempotency;

    Replies(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    /** Runs a POST; {@code request} is its parsed body (or raw text), which with the path identifies it. */
    <T> Response post(String key, UriInfo uri, Object request, Supplier<T> work, Function<T, Outcome> outcome) {
        return idempotency.post(key, uri, request, work, result -> {
            Outcome o = outcome.apply(result);
            URI location = o.createdId() == null ? null : uri.getAbsolutePathBuilder().path(o.createdId().toString()).build();
            return new Idempotency.Answer(o.status(), o.body(), location, o.version());
        });
    }

    /** A page of service results as a page of DTOs. */
    static <A, B> PageResponse<B> map(PageResponse<A> page, Function<A, B> toDto) {
        return page.map(toDto);
    }

    static <T> RestResponse<T> tagged(T body, long version) {
        return EntityTags.tagged(body, version);
    }
}
