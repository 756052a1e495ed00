package com.payorcontracts.contract.service.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanIdType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanMarketType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ProviderGroup;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ReportingPlan;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.TinType;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The files we write validate against the CMS in-network-rates schema, and the validator really checks it. */
class InNetworkRatesSchemaTest {

    static Stream<Arguments> mixedContracts() {
        List<FeeScheduleLine> lines = TicFixtures.mixedContract();
        ReportingPlan hiosPlan = new ReportingPlan("Acme Silver", "Acme Health Insurance Company", null,
                PlanIdType.HIOS, "12345VA0010001", PlanMarketType.INDIVIDUAL);
        return Stream.of(
                Arguments.of("a professional group under an employer plan",
                        TicFixtures.source(BillingClass.PROFESSIONAL, lines)),
                Arguments.of("a hospital", TicFixtures.source(BillingClass.FACILITY, lines)),
                Arguments.of("an individual HIOS plan without expiration date",
                        new InNetworkRatesSource("Acme Health Insurance Company", "health insurance issuer",
                                hiosPlan, TicFixtures.LAST_UPDATED, TicFixtures.ORTHO_GROUP,
                                List.of("Acme Choice PPO", "Acme Select"), null, BillingClass.PROFESSIONAL, lines,
                                TicFixtures.MEDICARE, null)),
                Arguments.of("several plans, a solo provider by NPI without a Medicare schedule",
                        new InNetworkRatesSource("Acme Administrators LLC", "third-party administrator", null,
                                TicFixtures.LAST_UPDATED, new ProviderGroup(TinType.NPI, "1234567893", null, List.of()),
                                List.of("Acme Choice PPO"), TicFixtures.EXPIRATION, BillingClass.PROFESSIONAL, lines,
                                null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mixedContracts")
    void aMixedContractValidatesAgainstTheCmsSchema(String contract, InNetworkRatesSource source) {
        String file = TicFixtures.writeText(source);

        assertThat(TicSchema.errors(file)).isEmpty();
        assertThat(file).contains("\"negotiation_arrangement\":\"bundle\"", "\"negotiated_type\":\"per diem\"",
                "\"negotiated_type\":\"percentage\"", "\"billing_code_modifier\":[\"50\"]");
    }

    @Test
    void twentyThousandLinesValidateAgainstTheCmsSchema() {
        List<FeeScheduleLine> lines = TicFixtures.manyLines(20_000);
        InNetworkRatesSource base = TicFixtures.source(lines);
        InNetworkRatesSource source = new InNetworkRatesSource(base.reportingEntityName(), base.reportingEntityType(),
                base.plan(), base.lastUpdatedOn(), base.providerGroup(), base.networkNames(), base.expirationDate(),
                base.billingClass(), lines, TicFixtures.medicareFor(lines), base.codeDescriptions());

        String file = TicFixtures.writeText(source);

        assertThat(TicSchema.errors(file)).isEmpty();
        // 4,000 CPT codes with a fee-for-service entry each, and 4,000 HCPCS codes.
        assertThat(file.split("\"negotiation_arrangement\"", -1)).hasSize(8_001);
    }

    @Test
    void everyOfficialCmsExampleValidates() {
        List<Path> examples = TicSchema.officialExamples();

        assertThat(examples).hasSize(6);
        for (Path example : examples) {
            assertThat(TicSchema.errors(TicSchema.read(example))).as(example.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void theLegacyVersionOneFileFailsWithReadableReasons() {
        List<String> errors = TicSchema.errors(TicSchema.read(TicSchema.legacyExample()));

        assertThat(errors).isNotEmpty();
        assertThat(errors).anySatisfy(error -> assertThat(error)
                .contains("/in_network/0/negotiated_rates/0:").contains("provider_references"));
        assertThat(errors).anySatisfy(error -> assertThat(error)
                .contains("/in_network/0/negotiated_rates/0/negotiated_prices/0:").contains("setting"));
    }

    @Test
    void aFileWithAnUpperCasePlanIdTypeFails() {
        String file = TicFixtures.writeText(TicFixtures.source(TicFixtures.mixedContract()))
                .replace("\"plan_id_type\":\"ein\"", "\"plan_id_type\":\"EIN\"");

        assertThat(TicSchema.errors(file)).anySatisfy(error -> assertThat(error).contains("/plan_id_type").contains("enumeration"));
    }
}
