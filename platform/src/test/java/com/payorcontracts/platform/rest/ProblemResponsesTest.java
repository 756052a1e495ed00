package com.payorcontracts.platform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static OpenAPI documentWith(String path, Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().POST(operation)));
        new ProblemResponses().filterOpenAPI(openAPI);
        return openAPI;
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().in(Parameter.In.HEADER).name(name);
    }

    private static String problemRef(APIResponse response) {
        return response.getContent().getMediaType("application/problem+json").getSchema().getRef();
    }

    @Test
    void theProblemSchemaHasAPropertyForEveryComponentOfProblemDetail() {
        assertThat(ProblemResponses.problemSchema().getProperties().keySet())
                .containsExactlyElementsOf(Arrays.stream(ProblemDetail.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void anOperationWithABodyAnswers400AndOneNamingSomethingInItsPath404BothAsProblems() {
        Operation create = operation().requestBody(OASFactory.createRequestBody());
        Operation read = operation();

        documentWith("/api/v1/things", create);
        OpenAPI readDocument = documentWith("/api/v1/things/{id}", read);

        assertThat(create.getResponses().getAPIResponses()).containsOnlyKeys("200", "400");
        assertThat(create.getResponses().getAPIResponse("400").getDescription()).isEqualTo(ProblemResponses.INVALID);
        assertThat(problemRef(create.getResponses().getAPIResponse("400"))).isEqualTo("#/components/schemas/Problem");
        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("200", "404");
        assertThat(readDocument.getComponents().getSchemas()).containsKeys("Problem", "ProblemFieldError");
    }

    @Test
    void ifMatchBrings412And428AndAnIdempotencyKey422NextToTheOperationsOwn422() {
        Operation change = operation().addParameter(header("If-Match"));
        Operation post = operation().addParameter(header("Idempotency-Key"));
        post.getResponses().addAPIResponse("422", OASFactory.createAPIResponse().description("It does not balance"));

        documentWith("/api/v1/things/{id}", change);
        documentWith("/api/v1/things", post);

        assertThat(change.getResponses().getAPIResponses()).containsOnlyKeys("200", "404", "412", "428");
        assertThat(post.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "422");
        assertThat(post.getResponses().getAPIResponse("422").getDescription())
                .isEqualTo("It does not balance; or: " + ProblemResponses.KEY_REUSED);
    }

    @Test
    void aResponseAResourceDeclaresKeepsItsWordsAndGetsTheProblemSchema() {
        Operation change = operation();
        change.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("The payor is archived"));

        documentWith("/api/v1/things/{id}/status", change);

        APIResponse conflict = change.getResponses().getAPIResponse("409");
        assertThat(conflict.getDescription()).isEqualTo("The payor is archived");
        assertThat(problemRef(conflict)).isEqualTo("#/components/schemas/Problem");
        assertThat(change.getResponses().getAPIResponse("200").getContent()).isNull();
    }
}
