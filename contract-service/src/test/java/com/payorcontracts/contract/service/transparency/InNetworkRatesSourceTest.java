package com.payorcontracts.contract.service.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanIdType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanMarketType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ProviderGroup;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ReportingPlan;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.TinType;
import com.payorcontracts.pricing.BillingClass;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A source that the schema would reject is refused when it is built, naming the field. */
class InNetworkRatesSourceTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "EIN, 12-345678,    Riverside Orthopedics PC, providerGroup.tin",
        "EIN, 123456789X,   Riverside Orthopedics PC, providerGroup.tin",
        "EIN, 12-3456789,   null,                     providerGroup.businessName",
        "NPI, 0123456789,   null,                     providerGroup.tin",
        "NPI, 12-3456789,   null,                     providerGroup.tin"})
    void refusesATinTheSchemaWouldReject(TinType type, String tin, String businessName, String field) {
        assertThatThrownBy(() -> new ProviderGroup(type, tin, businessName, List.of(1234567893L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field);
    }

    @Test
    void acceptsAnEinWithOrWithoutItsDash() {
        assertThat(new ProviderGroup(TinType.EIN, "123456789", "Riverside Orthopedics PC", List.of()).tin())
                .isEqualTo("123456789");
    }

    @Test
    void refusesAnNpiThatIsNotTenDigits() {
        assertThatThrownBy(() -> new ProviderGroup(TinType.EIN, "12-3456789", "Riverside", List.of(123456789L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("providerGroup.npis");
    }

    @Test
    void dropsRepeatedNpisKeepingTheirOrder() {
        ProviderGroup group = new ProviderGroup(TinType.EIN, "12-3456789", "Riverside",
                Arrays.asList(1679576722L, 1234567893L, 1679576722L));

        assertThat(group.npis()).containsExactly(1679576722L, 1234567893L);
    }

    @Test
    void refusesAPlanIdentifiedByEinWithoutItsSponsor() {
        assertThatThrownBy(() -> new ReportingPlan("Acme PPO", "Acme Health", null, PlanIdType.EIN, "12-3456789",
                PlanMarketType.GROUP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan.planSponsorName");
    }

    @Test
    void refusesAPlanWithoutItsIssuer() {
        assertThatThrownBy(() -> new ReportingPlan("Acme Silver", null, null, PlanIdType.HIOS, "12345VA0010001",
                PlanMarketType.INDIVIDUAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan.issuerName");
    }

    @Test
    void refusesASourceWithoutReportingEntityNetworkOrBillingClass() {
        assertRefused(() -> source(" ", List.of("Acme Choice PPO"), BillingClass.PROFESSIONAL),
                "reportingEntityName");
        assertRefused(() -> source("Acme Health", List.of(), BillingClass.PROFESSIONAL), "networkNames");
        assertRefused(() -> source("Acme Health", List.of("Acme Choice PPO"), null), "billingClass");
    }

    private static void assertRefused(Executable build, String field) {
        assertThatThrownBy(build::execute).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    private static InNetworkRatesSource source(String reportingEntity, List<String> networks,
            BillingClass billingClass) {
        return new InNetworkRatesSource(reportingEntity, "health insurance issuer", null, TicFixtures.LAST_UPDATED,
                TicFixtures.ORTHO_GROUP, networks, null, billingClass, List.of(), null, null);
    }
}
