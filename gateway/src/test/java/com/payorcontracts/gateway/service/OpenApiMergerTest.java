package com.payorcontracts.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final JsonNode payors = doc("""
            {'openapi':'3.1.0','tags':[{'name':'Payors'}],
             'paths':{'/api/v1/payors':{'get':{'tags':['Payors'],'responses':{'200':{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
             'components':{'schemas':{'Page':{'type':'object','properties':{'payors':{'type':'array'}}},
                                      'Shared':{'type':'string'}}}}""");
    private final JsonNode contracts = doc("""
            {'openapi':'3.1.0','tags':[{'name':'Contracts'}],
             'paths':{'/api/v1/contracts':{'get':{'tags':['Contracts'],'responses':{'200':{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},
             'components':{'schemas':{'Page':{'type':'object','properties':{'contracts':{'type':'array'}}},
                                      'Shared':{'type':'string'},
                                      'Holder':{'type':'object','properties':{'page':{'$ref':'#/components/schemas/Page'}}}}}}""");

    private ObjectNode merged() {
        return OpenApiMerger.merge("API", "1", "all", List.of(
                new OpenApiMerger.Source("payors", payors), new OpenApiMerger.Source("contracts", contracts)));
    }

    @Test
    void holdsThePathsOfEveryService() {
        assertThat(merged().path("paths").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("/api/v1/payors", "/api/v1/contracts");
    }

    @Test
    void renamesACollidingSchemaOfTheLaterServiceAndFollowsItsReferences() {
        ObjectNode merged = merged();

        assertThat(merged.at("/components/schemas/Page/properties").has("payors")).isTrue();
        assertThat(merged.at("/components/schemas/ContractsPage/properties").has("contracts")).isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1contracts/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ContractsPage");
        assertThat(merged.at("/components/schemas/Holder/properties/page/$ref").asText())
                .isEqualTo("#/components/schemas/ContractsPage");
        assertThat(merged.at("/paths/~1api~1v1~1payors/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Page");
    }

    @Test
    void keepsOneCopyOfASchemaThatServicesDefineIdentically() {
        assertThat(merged().path("components").path("schemas").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("Page", "ContractsPage", "Shared", "Holder");
    }

    @Test
    void unionsTagsAndTakesTheServicesOpenApiVersion() {
        ObjectNode merged = merged();

        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("Payors", "Contracts");
        assertThat(merged.at("/info/title").asText()).isEqualTo("API");
    }

    @Test
    void namesTheRepositorysLicenseForGeneratedClients() {
        ObjectNode merged = merged();

        assertThat(merged.at("/info/license/name").asText()).isEqualTo("Apache-2.0");
        assertThat(merged.at("/info/license/identifier").asText()).isEqualTo("Apache-2.0");
    }

    @Test
    void givesAnOperationIdThatAnotherServiceUsesTheLaterServicesPrefix() {
        JsonNode first = doc("""
                {'paths':{'/api/v1/payors':{'get':{'operationId':'list','tags':['Payors']}}}}""");
        JsonNode second = doc("""
                {'paths':{'/api/v1/contracts':{'get':{'operationId':'list','tags':['Contracts']},
                                               'post':{'operationId':'create','tags':['Contracts']}}}}""");

        ObjectNode merged = OpenApiMerger.merge("API", "1", "all", List.of(
                new OpenApiMerger.Source("payors", first), new OpenApiMerger.Source("contract-service", second)));

        assertThat(merged.at("/paths/~1api~1v1~1payors/get/operationId").asText()).isEqualTo("list");
        assertThat(merged.at("/paths/~1api~1v1~1contracts/get/operationId").asText()).isEqualTo("contractServiceList");
        assertThat(merged.at("/paths/~1api~1v1~1contracts/post/operationId").asText()).isEqualTo("create");
    }

    @Test
    void groupsEachServicesTagsUnderTheServicesTitleAndTagsAnUntaggedOperationWithIt() {
        JsonNode titled = doc("""
                {'info':{'title':'payor-service'},'tags':[{'name':'Payors','description':'payor profiles'}],
                 'paths':{'/api/v1/payors':{'get':{'tags':['Payors']},'post':{}}}}""");

        ObjectNode merged = OpenApiMerger.merge("API", "1", "all", List.of(
                new OpenApiMerger.Source("payors", titled), new OpenApiMerger.Source("contracts", contracts)));

        assertThat(merged.at("/paths/~1api~1v1~1payors/post/tags/0").asText()).isEqualTo("payor-service");
        assertThat(merged.at("/x-tagGroups/0/name").asText()).isEqualTo("payor-service");
        assertThat(JSON.convertValue(merged.at("/x-tagGroups/0/tags"), List.class)).containsExactly("Payors", "payor-service");
        assertThat(merged.path("tags").findValuesAsText("name")).contains("Payors", "payor-service");
        assertThat(merged.at("/x-tagGroups/1/name").asText()).isEqualTo("contracts");
    }

    @Test
    void listsJsonFirstAmongTheMediaTypesOfARequestBody() {
        JsonNode remittances = doc("""
                {'paths':{'/api/v1/remittances':{'post':{'tags':['Remittances'],'requestBody':{'content':{
                  'application/edi-x12':{'schema':{'type':'string'}},'text/plain':{'schema':{'type':'string'}},
                  'application/json':{'schema':{'type':'object'}}}}}}}}""");

        ObjectNode merged = OpenApiMerger.merge("API", "1", "all", List.of(new OpenApiMerger.Source("analytics", remittances)));

        assertThat(merged.at("/paths/~1api~1v1~1remittances/post/requestBody/content").fieldNames()).toIterable()
                .containsExactly("application/json", "application/edi-x12", "text/plain");
    }

    @Test
    void turnsAServiceNameIntoASchemaPrefix() {
        assertThat(OpenApiMerger.prefixed("analytics-service", "Page")).isEqualTo("AnalyticsServicePage");
    }
}
