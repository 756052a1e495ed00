package com.payorcontracts.platform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredPropertiesTest {

    private static Schema type(SchemaType... types) {
        Schema schema = OASFactory.createSchema();
        for (SchemaType type : types) {
            schema.addType(type);
        }
        return schema;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    /** Contract (answered) holds Terms (by $ref), a list of lines and a StopLoss; Draft (sent) holds the StopLoss too. */
    private static OpenAPI document() {
        Schema contract = type(SchemaType.OBJECT)
                .addProperty("name", type(SchemaType.STRING))
                .addProperty("notes", type(SchemaType.STRING, SchemaType.NULL))
                .addProperty("terms", ref("Terms"))
                .addProperty("stopLoss", ref("StopLoss"))
                .addProperty("floor", OASFactory.createSchema().addAnyOf(ref("Money")).addAnyOf(type(SchemaType.NULL)))
                .addProperty("lines", type(SchemaType.ARRAY).items(type(SchemaType.OBJECT)
                        .addProperty("code", type(SchemaType.STRING))
                        .addProperty("modifier", type(SchemaType.STRING, SchemaType.NULL))));
        Schema terms = type(SchemaType.OBJECT).addProperty("version", type(SchemaType.INTEGER))
                .addProperty("expires", type(SchemaType.STRING, SchemaType.NULL));
        Schema draft = type(SchemaType.OBJECT).addProperty("name", type(SchemaType.STRING))
                .addProperty("notes", type(SchemaType.STRING)).addProperty("stopLoss", ref("StopLoss")).required(List.of("name"));
        Schema stopLoss = type(SchemaType.OBJECT).addProperty("threshold", type(SchemaType.NUMBER))
                .addProperty("percent", type(SchemaType.NUMBER)).required(List.of("percent"));
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Contract", contract).addSchema("Terms", terms).addSchema("Money", type(SchemaType.STRING))
                .addSchema("Draft", draft).addSchema("StopLoss", stopLoss));
        openAPI.paths(OASFactory.createPaths().addPathItem("/contracts", OASFactory.createPathItem().POST(
                OASFactory.createOperation()
                        .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType().schema(ref("Draft")))))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(ref("Contract")))))))));
        new RequiredProperties().filterOpenAPI(openAPI);
        return openAPI;
    }

    private static Schema schema(OpenAPI openAPI, String name) {
        return openAPI.getComponents().getSchemas().get(name);
    }

    @Test
    void anAnsweredSchemaRequiresEveryPropertyThatMayNotBeNull() {
        assertThat(schema(document(), "Contract").getRequired()).containsExactly("name", "terms", "stopLoss", "lines");
    }

    @Test
    void aSchemaReachedByReferenceFromAnAnswerIsRequiredToo() {
        assertThat(schema(document(), "Terms").getRequired()).containsExactly("version");
    }

    @Test
    void anInlineItemSchemaOfAnAnswerIsRequiredToo() {
        Schema line = schema(document(), "Contract").getProperties().get("lines").getItems();
        assertThat(line.getRequired()).containsExactly("code");
    }

    @Test
    void aSchemaOnlyEverSentKeepsWhatBeanValidationRequires() {
        assertThat(schema(document(), "Draft").getRequired()).containsExactly("name");
    }

    @Test
    void aSchemaSentAsWellAsAnsweredKeepsWhatBeanValidationRequires() {
        assertThat(schema(document(), "StopLoss").getRequired()).containsExactly("percent");
    }

    @Test
    void nullIsAdmittedByANullTypeOrANullAlternative() {
        assertThat(RequiredProperties.admitsNull(type(SchemaType.STRING, SchemaType.NULL))).isTrue();
        assertThat(RequiredProperties.admitsNull(OASFactory.createSchema().addOneOf(ref("X")).addOneOf(type(SchemaType.NULL)))).isTrue();
        assertThat(RequiredProperties.admitsNull(type(SchemaType.STRING))).isFalse();
        assertThat(RequiredProperties.admitsNull(ref("X"))).isFalse();
    }

    @Test
    void theProblemSchemaRequiresOnlyWhatEveryProblemCarries() {
        Schema problem = ProblemResponses.problemSchema();
        RequiredProperties.require(problem);
        assertThat(problem.getRequired()).containsExactly("type", "title", "status");
    }
}
