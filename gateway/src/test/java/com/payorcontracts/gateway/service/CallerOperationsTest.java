package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.security.SecurityMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallerOperationsTest {

    private static final SecurityMatrix MATRIX = matrix("""
            kind,method,pattern,roles,description
            endpoint,*,/api/v1/contracts/*/floors/**,contract-manager,walk-away rates
            endpoint,POST,/api/v1/contracts/*/quote,billing-integration contract-manager,quote
            endpoint,GET,/api/v1/contracts/**,viewer contract-manager,read contracts
            endpoint,*,/api/v1/contracts/**,contract-manager,change contracts
            endpoint,*,/api/v1/**,admin,anything else
            """);

    private static final String DOCUMENT = """
            {"paths":{
              "/q/health":{"get":{"operationId":"health"}},
              "/api/v1/contracts":{"get":{"operationId":"listContracts"},"post":{"operationId":"createContract"}},
              "/api/v1/contracts/{id}":{"get":{"operationId":"getContract"},"parameters":[]},
              "/api/v1/contracts/{id}/quote":{"post":{"operationId":"quoteClaim"}},
              "/api/v1/contracts/{id}/floors":{"get":{"operationId":"listFloors"},"put":{"operationId":"putFloors"}},
              "/api/v1/analytics/claims":{"post":{"operationId":"postClaim"}}}}""";

    // One row per role: the operations the matrix above lets it call, in the document's order.
    // /q/health is never listed (not /api/v1); the path-level "parameters" key is not an operation.
    // The first matching line decides: the contract lines name no admin, so admin only gets postClaim.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            viewer              | listContracts getContract
            billing-integration | quoteClaim
            contract-manager    | listContracts createContract getContract quoteClaim listFloors putFloors
            admin               | postClaim
            analyst             |
            """)
    void listsExactlyTheOperationsTheMatrixAllowsARole(String role, String operationIds) throws Exception {
        JsonNode document = new ObjectMapper().readTree(DOCUMENT);

        List<String> allowed = CallerOperations.allowed(document, MATRIX, List.of(role)).stream()
                .map(CallerOperations.Operation::operationId).toList();

        assertThat(allowed).containsExactlyElementsOf(operationIds == null ? List.of() : Arrays.asList(operationIds.split(" ")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/contracts                         | /api/v1/contracts
            /api/v1/contracts/{id}/quote              | /api/v1/contracts/_/quote
            /api/v1/payors/{id}/contacts/{contactId}  | /api/v1/payors/_/contacts/_
            """)
    void readsEachTemplateVariableAsOneSegment(String template, String concrete) {
        assertThat(CallerOperations.concrete(template)).isEqualTo(concrete);
    }

    private static SecurityMatrix matrix(String csv) {
        try {
            return SecurityMatrix.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
