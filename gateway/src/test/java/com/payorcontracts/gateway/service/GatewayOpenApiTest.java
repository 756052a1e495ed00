package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayOpenApiTest {

    private static ObjectNode document() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"openapi":"3.1.0","paths":{
                  "/api/v1/payors":{"get":{"responses":{"200":{"description":"ok"},"404":{"description":"their own"}}},
                                    "parameters":[]},
                  "/q/health":{"get":{"responses":{"200":{"description":"ok"}}}}}}""");
    }

    @Test
    void requiresTheBearerSchemeOnEveryApiOperationOnly() throws Exception {
        ObjectNode secured = GatewayOpenApi.secure(document());

        assertThat(secured.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(secured.at("/paths/~1api~1v1~1payors/get/security/0").has("bearerAuth")).isTrue();
        assertThat(secured.at("/paths/~1q~1health/get").has("security")).isFalse();
        assertThat(secured.at("/paths/~1api~1v1~1payors/parameters").isArray()).isTrue();
    }

    @Test
    void servesTheApiFromWhereverTheDocumentIsServed() throws Exception {
        assertThat(GatewayOpenApi.secure(document()).at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void documentsTheGatewaysOwnProblemsWithoutReplacingTheServices() throws Exception {
        ObjectNode secured = GatewayOpenApi.secure(document());

        assertThat(secured.at("/paths/~1api~1v1~1payors/get/responses/401/$ref").asText())
                .isEqualTo("#/components/responses/Gateway401");
        assertThat(secured.at("/paths/~1api~1v1~1payors/get/responses/429/$ref").asText())
                .isEqualTo("#/components/responses/Gateway429");
        assertThat(secured.at("/paths/~1api~1v1~1payors/get/responses/404/description").asText()).isEqualTo("their own");
        assertThat(secured.at("/components/responses/Gateway401/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }
}
