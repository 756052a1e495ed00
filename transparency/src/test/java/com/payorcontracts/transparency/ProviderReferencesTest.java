package com.payorcontracts.transparency;

import static com.payorcontracts.transparency.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provider references placed after the rates, TIN-only groups, remote and missing references. */
class ProviderReferencesTest {

    // in_network first, provider_references last: the 99213 item must wait for references 7 and 8.
    private static final String REFERENCES_LAST = """
            {"version": "2.0.0", "plan_name": "late refs",
             "in_network": [
               {"negotiation_arrangement": "ffs", "name": "visit", "billing_code_type": "CPT",
                "billing_code_type_version": "2025", "billing_code": "99213", "description": "d",
                "negotiated_rates": [
                  {"provider_references": [7, 8], "negotiated_prices": [
                    {"negotiated_type": "negotiated", "negotiated_rate": 88.10, "expiration_date": "9999-12-31",
                     "service_code": ["11"], "billing_class": "professional", "setting": "outpatient",
                     "billing_code_modifier": ["25"]}]},
                  {"provider_references": [9], "negotiated_prices": [
                    {"negotiated_type": "negotiated", "negotiated_rate": 90, "expiration_date": "9999-12-31",
                     "service_code": ["11"], "billing_class": "professional", "setting": "outpatient"}]},
                  {"provider_references": [10], "negotiated_prices": [
                    {"negotiated_type": "negotiated", "negotiated_rate": 91, "expiration_date": "9999-12-31",
                     "service_code": ["11"], "billing_class": "professional", "setting": "outpatient"}]}]},
               {"negotiation_arrangement": "ffs", "name": "lab", "billing_code_type": "CPT",
                "billing_code_type_version": "2025", "billing_code": "80053", "description": "d",
                "negotiated_rates": [{"provider_references": [7], "negotiated_prices": [
                    {"negotiated_type": "negotiated", "negotiated_rate": 12, "expiration_date": "2026-06-30",
                     "billing_class": "institutional", "setting": "outpatient"}]}]}],
             "provider_references": [
               {"provider_group_id": 7, "provider_groups": [{"npi": [0], "tin": {"type": "ein", "value": "11-2223333", "business_name": "x"}}]},
               {"provider_group_id": 8, "provider_groups": [{"npi": [1999999999, 1888888888], "tin": {"type": "ein", "value": "445556666", "business_name": "y"}}]},
               {"provider_group_id": 9, "location": "https://example.invalid/refs/9.json"}],
             "reporting_entity_name": "late"}
            """;

    @Test
    void referencesAfterTheRatesStillResolve(@TempDir Path spill) {
        // Only 99213 is asked for: its first rate uses 7 and 8 (two groups), its second 9 (remote, not fetched),
        // its third 10 (never defined). 80053 is outside the code set.
        var result = read(REFERENCES_LAST, new ReadOptions(Set.of("99213"), MarketScope.ALL, spill));
        assertThat(result.summary().referencesAfterRates()).isTrue();
        assertThat(result.rates()).hasSize(1);
        NegotiatedRate rate = result.rates().get(0);
        assertThat(rate.amount()).isEqualTo(new BigDecimal("88.10"));
        assertThat(rate.modifiers()).containsExactly("25");
        assertThat(rate.providers()).extracting(Provider::tin).containsExactly("11-2223333", "445556666");
        assertThat(result.summary().remoteReferences()).isEqualTo(1);
        assertThat(result.summary().unresolvedReferences()).isEqualTo(2);
        assertThat(result.summary().header().reportingEntityName()).isEqualTo("late");
    }

    @Test
    void theSpillFileIsGoneAfterTheRead(@TempDir Path spill) throws Exception {
        read(REFERENCES_LAST, new ReadOptions(Set.of(), MarketScope.ALL, spill));
        try (var files = Files.list(spill)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aTinOnlyGroupHasNoNpisAndNoExpirationMeansNone(@TempDir Path spill) {
        var result = read(REFERENCES_LAST, new ReadOptions(Set.of("80053"), MarketScope.ALL, spill));
        NegotiatedRate lab = result.rates().get(0);
        assertThat(lab.providers()).hasSize(1);
        assertThat(lab.providers().get(0).tinOnly()).isTrue();
        assertThat(lab.providers().get(0).tinKey()).isEqualTo("112223333");
        assertThat(lab.expiration()).isEqualTo(java.time.LocalDate.of(2026, 6, 30));
        NegotiatedRate visit = read(REFERENCES_LAST, new ReadOptions(Set.of("99213"), MarketScope.ALL, spill)).rates().get(0);
        assertThat(visit.expiration()).as("9999-12-31 means no expiration").isNull();
    }

    @Test
    void aScopeAppliedToLateReferencesDropsTheOtherGroups(@TempDir Path spill) {
        // Scope NPI 1888888888: only reference 8's group. 99213's first rate keeps TIN 445556666;
        // 80053 (reference 7 only) falls outside the scope.
        var result = read(REFERENCES_LAST, new ReadOptions(Set.of(), new MarketScope(Set.of(), Set.of(1888888888L)), spill));
        assertThat(result.rates()).hasSize(1);
        assertThat(result.rates().get(0).providers()).extracting(Provider::tin).containsExactly("445556666");
        assertThat(result.summary().pricesOutsideScope()).isEqualTo(1);
    }
}
