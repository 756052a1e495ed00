package com.payorcontracts.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RestrictedFieldsTest {

    record Line(String code, BigDecimal rate, @RestrictedField("floors") BigDecimal floor) {
    }

    record Contract(String name, @RestrictedField("floors") Map<String, BigDecimal> floors, List<Line> lines) {
    }

    private final Contract contract = new Contract("Cascade PPO", Map.of("99213", new BigDecimal("80.00")),
            List.of(new Line("99213", new BigDecimal("95.00"), new BigDecimal("80.00"))));

    @Test
    void leavesFloorsOutForRolesThatMayNotSeeThem() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new RestrictedFields(SecurityMatrix.load()));

        String json = mapper.writer().withAttribute(RestrictedFields.ROLES_ATTRIBUTE, Set.of("viewer", "analyst"))
                .writeValueAsString(contract);

        assertThat(json).isEqualTo("{\"name\":\"Cascade PPO\",\"lines\":[{\"code\":\"99213\",\"rate\":95.00}]}");
    }

    @Test
    void writesFloorsForAContractManager() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new RestrictedFields(SecurityMatrix.load()));

        String json = mapper.writer().withAttribute(RestrictedFields.ROLES_ATTRIBUTE, Set.of("contract-manager"))
                .writeValueAsString(contract);

        assertThat(json).contains("\"floors\":{\"99213\":80.00}").contains("\"floor\":80.00");
    }

    @Test
    void takesTheRolesFromTheSupplierWhenTheWriterHasNone() throws Exception {
        AtomicReference<Set<String>> current = new AtomicReference<>(Set.of("admin"));
        ObjectMapper mapper = new ObjectMapper().registerModule(new RestrictedFields(SecurityMatrix.load(), current::get));

        assertThat(mapper.writeValueAsString(contract)).contains("\"floors\"");
        current.set(Set.of("viewer"));
        assertThat(mapper.writeValueAsString(contract)).doesNotContain("floor");
    }

    @Test
    void leavesFloorsOutWhenNoRolesAreKnown() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new RestrictedFields(SecurityMatrix.load()));

        assertThat(mapper.writeValueAsString(contract)).doesNotContain("floor");
    }
}
