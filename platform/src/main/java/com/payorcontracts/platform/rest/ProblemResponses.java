package com.payorcontracts.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Documents the problem+json answers every service gives alike, from each operation's shape, so a
 * resource declares only what is its own (a 409 and why). Applied at build time to every service's
 * OpenAPI document:
 * <ul>
 * <li>every 4xx and 5xx response is {@code application/problem+json} of the {@code Problem} schema
 * ({@link ProblemDetail}), whether a resource declared it or this filter did;</li>
 * <li>400 where there is input to validate (a body, query parameters, an Idempotency-Key);</li>
 * <li>404 where the path names something ({@code {id}});</li>
 * <li>412 and 428 where the operation takes If-Match; 422 where it takes an Idempotency-Key.</li>
 * </ul>
 * A resource method that declares a response of its own must name its success status too, if only
 * as {@code @APIResponse(responseCode = "200")}: SmallRye generates the success response from the
 * return type only when no response is declared, or when a declared one is left incomplete like that.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    static final String INVALID = "Invalid request: `errors` names each bad field (with `row` and `column`, each bad cell of an uploaded file)";
    static final String NOT_FOUND = "Nothing exists at this path: an id in it names nothing";
    static final String PRECONDITION_FAILED = "If-Match does not name the current version: someone changed it since you read it;"
            + " `currentETag` and the ETag header name the current one";
    static final String PRECONDITION_REQUIRED = "If-Match is missing: GET it first and send its ETag";
    static final String KEY_REUSED = "The Idempotency-Key was used before with a different request";
    static final String NOT_MODIFIED = "Not modified: If-None-Match names the current ETag";
    static final String ETAG = "The version of what the answer shows: send it as If-Match to change it, or as If-None-Match to poll";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(SCHEMA, problemSchema());
        components.addSchema(SCHEMA + "FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One bad field of a request, or one bad cell of an uploaded file")
                .addProperty("field", text("Its JSON path, e.g. `feeSchedule[2].amount`, the parameter's name, or a file's column"))
                .addProperty("message", text("Why it is wrong"))
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).addType(Schema.SchemaType.NULL)
                        .description("In an uploaded file: its row, 1 being the first data row (0 the header)"))
                .addProperty("column", optionalText("In an uploaded file: its column's name"))
                .required(List.of("field", "message")));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = openAPI.getPaths().getPathItems();
        items.forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> document(path, item, operation));
                if (item.getGET() != null && (changeable(item) || changeable(items.get(path + "/status")))) {
                    documentTagged(item.getGET());
                }
            }
        });
    }

    /** Whether a path names something changed with If-Match: its ETag is then on its GET. */
    private static boolean changeable(PathItem item) {
        return item != null && item.getOperations() != null && item.getOperations().values().stream()
                .anyMatch(operation -> hasHeader(Stream.concat(Stream.ofNullable(item.getParameters()).flatMap(List::stream),
                        Stream.ofNullable(operation.getParameters()).flatMap(List::stream)).filter(Objects::nonNull).toList(),
                        EntityTags.IF_MATCH));
    }

    // The GET of a changeable resource answers with its ETag and 304 to an If-None-Match naming it.
    private static void documentTagged(Operation get) {
        boolean declared = Stream.ofNullable(get.getParameters()).flatMap(List::stream)
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-None-Match".equalsIgnoreCase(p.getName()));
        if (!declared) {
            get.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("The ETag you hold; 304 without a body while it is current")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        get.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader(HttpHeaders.ETAG, etagHeader());
            }
        });
        ensure(get.getResponses(), "304", NOT_MODIFIED);
        get.getResponses().getAPIResponse("304").addHeader(HttpHeaders.ETAG, etagHeader());
    }

    private static Header etagHeader() {
        return OASFactory.createHeader().description(ETAG)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("W/\"3\""));
    }

    private static void document(String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = Stream.concat(
                        Stream.ofNullable(item.getParameters()).flatMap(List::stream),
                        Stream.ofNullable(operation.getParameters()).flatMap(List::stream))
                .filter(Objects::nonNull).toList();
        boolean queried = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean ifMatch = hasHeader(parameters, "If-Match");
        boolean idempotent = hasHeader(parameters, "Idempotency-Key");

        if (operation.getRequestBody() != null || queried || idempotent) {
            ensure(responses, "400", INVALID);
        }
        if (path.contains("{")) {
            ensure(responses, "404", NOT_FOUND);
        }
        if (ifMatch) {
            ensure(responses, "412", PRECONDITION_FAILED);
            ensure(responses, "428", PRECONDITION_REQUIRED);
            responses.getAPIResponse("412").addHeader(HttpHeaders.ETAG, etagHeader());
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeader(HttpHeaders.ETAG, etagHeader());
                }
            });
        }
        if (idempotent) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeader(Idempotency.REPLAYED, OASFactory.createHeader()
                            .description("`true` when this is the stored answer to an earlier request with the same Idempotency-Key")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true")));
                }
            });
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader(HttpHeaders.LOCATION, OASFactory.createHeader()
                    .description("The address of what was created, through the host you called")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
        APIResponse accepted = responses.getAPIResponse("202");
        if (accepted != null) {
            accepted.addHeader(HttpHeaders.LOCATION, OASFactory.createHeader().description("Where to follow the job")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
        for (String status : List.of("429", "503")) {
            APIResponse busy = responses.getAPIResponse(status);
            if (busy != null) {
                busy.addHeader(HttpHeaders.RETRY_AFTER, OASFactory.createHeader().description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
        }
        if (idempotent) {
            APIResponse unprocessable = responses.getAPIResponse("422");
            if (unprocessable == null) {
                ensure(responses, "422", KEY_REUSED);
            } else if (!unprocessable.getDescription().contains("Idempotency-Key")) {
                unprocessable.setDescription(unprocessable.getDescription() + "; or: " + KEY_REUSED);
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getRef() == null) {
                asProblem(response);
            }
        });
    }

    private static void ensure(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals("Bad Request")) {
            // "Bad Request" is what SmallRye writes for a validated body; ours says what the client gets.
            response.setDescription(description);
        }
    }

    private static void asProblem(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("A problem; `detail` says what went wrong");
        }
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    /** {@link ProblemDetail} as a schema; ProblemResponsesTest keeps the two alike. */
    static Schema problemSchema() {
        List<String> required = new ArrayList<>(List.of("type", "title", "status"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem. Some problems add members of their own, e.g. `currentETag` on a 412"
                        + " or `allowedStatuses` on an illegal status change.")
                .addProperty("type", text("A URI naming the kind of problem"))
                .addProperty("title", text("A short summary of that kind"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", optionalText("What went wrong this time, for a person"))
                .addProperty("instance", optionalText("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).addType(Schema.SchemaType.NULL)
                        .description("One entry per bad field or cell; only when the input was at fault")
                        .items(OASFactory.createSchema().ref(SCHEMA + "FieldError")))
                .required(required);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    // Left out when there is nothing to say (ProblemDetail's JSON omits nulls): never required (RequiredProperties).
    private static Schema optionalText(String description) {
        return text(description).addType(Schema.SchemaType.NULL);
    }
}
