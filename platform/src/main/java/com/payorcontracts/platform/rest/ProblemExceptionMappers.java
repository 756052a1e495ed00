package com.payorcontracts.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.payorcontracts.platform.input.InputLimits;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/**
 * The one place where exceptions become HTTP responses: every error leaves every service as
 * RFC 9457 problem+json, and a bad field is always named.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** Seconds a client waits before retrying while the database is away: the pool's acquisition timeout. */
    static final String RETRY_AFTER_SECONDS = "2";
    /** The longest detail a problem carries: an error never echoes a whole hostile value. */
    static final int MAX_DETAIL = 300;

    private final ObjectMapper mapper;

    ProblemExceptionMappers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        ProblemDetail body = new ProblemDetail(e.type().uri(), e.type().title(), e.type().status(), shorten(e.getMessage()),
                uri.getPath(), e.errors());
        Object entity = body;
        if (!e.extensions().isEmpty()) {
            ObjectNode tree = mapper.valueToTree(body);
            e.extensions().forEach((name, value) -> tree.set(name, mapper.valueToTree(value)));
            entity = tree;
        }
        Response.ResponseBuilder response = Response.status(e.type().status()).type(ProblemDetail.MEDIA_TYPE).entity(write(entity));
        e.headers().forEach(response::header);
        // Every 503 says when to come back (RFC 9110 10.2.3).
        if (e.type() == ProblemType.UNAVAILABLE && !e.headers().containsKey(HttpHeaders.RETRY_AFTER)) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return problem(ProblemType.VALIDATION, detail, uri, errors);
    }

    // Quarkus REST has built-in mappers for these subtypes; a mapper per exact type takes precedence.
    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = join(pathOf(unknown), unknown.getPropertyName());
            return problem(ProblemType.VALIDATION, "unknown property '" + field + "'", uri,
                    List.of(new ProblemDetail.FieldError(field, "is not a known property")));
        }
        if (e instanceof MismatchedInputException mismatch && !pathOf(mismatch).isEmpty()) {
            String field = pathOf(mismatch);
            String expected = mismatch.getTargetType() == null ? null : expected(mismatch.getTargetType());
            String message = mismatch instanceof InvalidFormatException invalid
                    ? "'" + InputLimits.shown(invalid.getValue()) + "' is not " + expected
                    : "has the wrong type" + (mismatch.getTargetType() == null ? "" : "; it must be " + expected);
            return problem(ProblemType.VALIDATION, field + " " + message, uri, List.of(new ProblemDetail.FieldError(field, message)));
        }
        if (e instanceof JsonMappingException mapping && rootCause(mapping) instanceof IllegalArgumentException bad) {
            String field = pathOf(mapping);
            String message = shorten(bad.getMessage());
            return problem(ProblemType.VALIDATION, message, uri,
                    List.of(new ProblemDetail.FieldError(field.isEmpty() ? "body" : field, message)));
        }
        return problem(ProblemType.MALFORMED_JSON, "the body is not valid JSON: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        // A query parameter's converter (InputLimitsParamConverters) names the parameter it refused.
        if (e.getCause() instanceof ApiException api) {
            return api(api, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        ProblemType type = ProblemType.of(status).orElse(null);
        ProblemDetail body = new ProblemDetail(type == null ? "about:blank" : type.uri(), type == null ? title : type.title(),
                status, shorten(e.getMessage()), uri.getPath(), List.of());
        Response.ResponseBuilder builder = Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(write(body));
        // An allowed-methods list or a retry hint is part of the answer; keep it.
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION)) {
            Object value = e.getResponse().getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        switch (DatabaseFailure.of(e)) {
            case UNAVAILABLE -> {
                // Nothing was committed (the transaction never got a connection, or rolled back with it).
                LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
                return Response.fromResponse(problem(ProblemType.UNAVAILABLE,
                                "the database is not available right now; nothing was changed, try again shortly", uri, List.of()))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
            }
            case CONFLICT -> {
                // Under If-Match the client named a version; losing the race means that version is gone.
                // "If-Match: *" names none, so losing the race is a plain conflict.
                String ifMatch = headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH);
                boolean conditional = ifMatch != null && !ifMatch.strip().equals("*");
                return problem(conditional ? ProblemType.PRECONDITION_FAILED : ProblemType.CONFLICT,
                        "someone else changed this at the same time; nothing of your request was stored. GET it again and reapply your change",
                        uri, List.of());
            }
            case REFUSED_VALUE -> {
                LOG.warnf("Database refused a value on %s: %s", uri.getPath(), e.getMessage());
                return problem(ProblemType.VALIDATION, "a value is outside what can be stored; nothing was changed", uri, List.of());
            }
            default -> {
                LOG.error("Unhandled error on " + uri.getPath(), e);
                return problem(ProblemType.INTERNAL, "an unexpected error occurred; it has been logged", uri, List.of());
            }
        }
    }

    private Response problem(ProblemType type, String detail, UriInfo uri, List<ProblemDetail.FieldError> errors) {
        ProblemDetail body = new ProblemDetail(type.uri(), type.title(), type.status(), shorten(detail), uri.getPath(), errors);
        return Response.status(type.status()).type(ProblemDetail.MEDIA_TYPE).entity(write(body)).build();
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }

    // Written here rather than by the JSON provider, which would not claim application/problem+json.
    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "create.request.feeSchedule[0].amount" becomes "feeSchedule[0].amount": the client's view. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                continue;
            }
            // Hibernate Validator puts a list index on the node after the list: "items[0].code".
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? violation.getPropertyPath().toString() : parameter;
    }

    // A record that validates itself throws from its constructor; Jackson wraps that, sometimes twice.
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path.endsWith(name) ? path : path + "." + name;
    }

    // In the API's words: "a date as YYYY-MM-DD", never "LocalDate".
    private static String expected(Class<?> type) {
        String expected = QueryParameters.expected(type);
        if (expected != null) {
            return expected;
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return type.isRecord() || java.util.Map.class.isAssignableFrom(type) ? "an object" : "a " + type.getSimpleName();
    }
}
