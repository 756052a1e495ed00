package com.payorcontracts.contract.service.transparency;

import static com.payorcontracts.contract.service.transparency.TicFixtures.items;
import static com.payorcontracts.contract.service.transparency.TicFixtures.prices;
import static com.payorcontracts.contract.service.transparency.TicFixtures.source;
import static com.payorcontracts.contract.service.transparency.TicFixtures.texts;
import static com.payorcontracts.contract.service.transparency.TicFixtures.write;
import static com.payorcontracts.contract.service.transparency.TicFixtures.writeText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanIdType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanMarketType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ProviderGroup;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ReportingPlan;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.TinType;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.RateMethod;
import com.payorcontracts.pricing.ReferenceFeeSchedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How contract rates become TiC in-network entries and negotiated prices. */
class InNetworkRatesWriterTest {

    static Stream<Arguments> everyMethod() {
        return Stream.of(
                Arguments.of(FeeScheduleLine.fixed("99213", new BigDecimal("85.5")),
                        "ffs", "negotiated", "85.50", null),
                Arguments.of(FeeScheduleLine.amountOf("99223", RateMethod.PER_DIEM, new BigDecimal("2400")),
                        "ffs", "per diem", "2400.00", null),
                Arguments.of(FeeScheduleLine.caseRate("27447", new BigDecimal("18000"), Set.of("27446")),
                        "bundle", "negotiated", "18000.00", null),
                Arguments.of(FeeScheduleLine.percentOf("80053", RateMethod.PERCENT_OF_CHARGES, new BigDecimal("65")),
                        "ffs", "percentage", "65.00", "65% of billed charges"),
                Arguments.of(FeeScheduleLine.percentOf("10060", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("120")),
                        "ffs", "fee schedule", "120.12", "120% of the Medicare facility and non-facility fee"),
                Arguments.of(FeeScheduleLine.percentOf("C1776", RateMethod.CARVE_OUT_COST_PLUS, new BigDecimal("110.5")),
                        "ffs", "percentage", "110.50", "Carve-out: 110.5% of the item's invoice cost"));
    }

    @ParameterizedTest
    @MethodSource("everyMethod")
    void mapsEachRateMethodToItsArrangementNegotiatedTypeAndRate(FeeScheduleLine line, String arrangement,
            String negotiatedType, String rate, String additionalInformation) {
        JsonNode file = write(source(List.of(line)));

        JsonNode item = items(file, line.code()).get(0);
        assertThat(item.get("negotiation_arrangement").asText()).isEqualTo(arrangement);
        JsonNode price = prices(file, line.code()).get(0);
        assertThat(price.get("negotiated_type").asText()).isEqualTo(negotiatedType);
        assertThat(price.get("negotiated_rate").decimalValue()).isEqualByComparingTo(new BigDecimal(rate));
        assertThat(price.path("additional_information").textValue()).isEqualTo(additionalInformation);
    }

    @Test
    void leavesOutNotCoveredLinesAndRatesThatPayNothing() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.fixed("99213", new BigDecimal("85.50")),
                FeeScheduleLine.notCovered("0042T"),
                FeeScheduleLine.fixed("99211", new BigDecimal("0.004")))));

        assertThat(file.get("in_network")).hasSize(1);
        assertThat(items(file, "0042T")).isEmpty();
        assertThat(items(file, "99211")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"99213, CPT", "3074F, CPT", "0042T, CPT", "0001U, CPT", "G0008, HCPCS", "J1885, HCPCS"})
    void tellsCptFromHcpcsByTheCodesFormat(String code, String type) {
        JsonNode file = write(source(List.of(FeeScheduleLine.fixed(code, BigDecimal.TEN))));

        assertThat(items(file, code).get(0).get("billing_code_type").asText()).isEqualTo(type);
    }

    @Test
    void mergesPlacesWithTheSameRateIntoOnePriceAndSaysWhetherTheyAreInpatient() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.fixed("99213", new BigDecimal("80")).withPlaceOfService("22"),
                FeeScheduleLine.fixed("99213", new BigDecimal("80")).withPlaceOfService("11"),
                FeeScheduleLine.fixed("99213", new BigDecimal("95")).withPlaceOfService("21"),
                FeeScheduleLine.fixed("99213", new BigDecimal("95")).withPlaceOfService("23"))));

        List<JsonNode> prices = prices(file, "99213");
        assertThat(prices).hasSize(2);
        assertThat(texts(prices.get(0).get("service_code"))).containsExactly("11", "22");
        assertThat(prices.get(0).get("setting").asText()).isEqualTo("outpatient");
        assertThat(texts(prices.get(1).get("service_code"))).containsExactly("21", "23");
        assertThat(prices.get(1).get("setting").asText()).isEqualTo("both");
    }

    @Test
    void givesAModifiersRateItsOwnPriceWithTheModifier() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.fixed("27447", new BigDecimal("1650")),
                FeeScheduleLine.fixed("27447", new BigDecimal("2475")).withModifier("50"))));

        List<JsonNode> prices = prices(file, "27447");
        assertThat(prices).hasSize(2);
        assertThat(prices.get(0).has("billing_code_modifier")).isFalse();
        assertThat(texts(prices.get(1).get("billing_code_modifier"))).containsExactly("50");
        assertThat(prices.get(1).get("negotiated_rate").decimalValue()).isEqualByComparingTo(new BigDecimal("2475.00"));
    }

    @Test
    void reportsAProfessionalLineForAnyPlaceAsEveryPlace() {
        JsonNode file = write(source(List.of(FeeScheduleLine.fixed("99213", new BigDecimal("70")))));

        JsonNode price = prices(file, "99213").get(0);
        assertThat(texts(price.get("service_code"))).containsExactly("CSTM-00");
        assertThat(price.get("billing_class").asText()).isEqualTo("professional");
        assertThat(price.get("setting").asText()).isEqualTo("both");
    }

    @Test
    void reportsALineForAnyPlaceOnlyWhereNoLineForAPlaceOverridesIt() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.fixed("99213", new BigDecimal("70")),
                FeeScheduleLine.fixed("99213", new BigDecimal("90")).withPlaceOfService("11"),
                FeeScheduleLine.notCovered("99213").withPlaceOfService("02"))));

        List<JsonNode> prices = prices(file, "99213");
        assertThat(prices).hasSize(2);
        assertThat(texts(prices.get(0).get("service_code"))).containsExactly("11");
        List<String> elsewhere = texts(prices.get(1).get("service_code"));
        assertThat(elsewhere).hasSize(PlacesOfService.REPORTABLE.size() - 2).contains("12", "22", "99")
                .doesNotContain("11", "02", "CSTM-00");
    }

    @Test
    void reportsAFacilityLineUnderInstitutionalWithoutPlacesAndAPerDiemAsInpatient() {
        JsonNode file = write(source(BillingClass.FACILITY, List.of(
                FeeScheduleLine.amountOf("99223", RateMethod.PER_DIEM, new BigDecimal("2400")),
                FeeScheduleLine.fixed("99213", new BigDecimal("70")))));

        JsonNode perDiem = prices(file, "99223").get(0);
        assertThat(perDiem.get("billing_class").asText()).isEqualTo("institutional");
        assertThat(perDiem.get("setting").asText()).isEqualTo("inpatient");
        assertThat(perDiem.has("service_code")).isFalse();
        assertThat(prices(file, "99213").get(0).get("setting").asText()).isEqualTo("both");
    }

    @Test
    void keepsALinesOwnBillingClass() {
        JsonNode file = write(source(BillingClass.PROFESSIONAL, List.of(
                FeeScheduleLine.fixed("99213", new BigDecimal("70")).withBillingClass(BillingClass.FACILITY),
                FeeScheduleLine.fixed("99214", new BigDecimal("90")))));

        assertThat(prices(file, "99213").get(0).get("billing_class").asText()).isEqualTo("institutional");
        assertThat(prices(file, "99214").get(0).get("billing_class").asText()).isEqualTo("professional");
    }

    @Test
    void statesAPercentOfMedicareAsDollarsSeparatelyForFacilityAndOtherPlaces() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.percentOf("99214", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("120")))));

        List<JsonNode> prices = prices(file, "99214");
        assertThat(prices).hasSize(2);
        JsonNode facility = prices.get(0);
        assertThat(facility.get("negotiated_type").asText()).isEqualTo("fee schedule");
        assertThat(facility.get("negotiated_rate").decimalValue()).isEqualByComparingTo(new BigDecimal("108.00"));
        assertThat(texts(facility.get("service_code"))).contains("21", "22", "23", "24").doesNotContain("11");
        assertThat(facility.get("additional_information").asText()).isEqualTo("120% of the Medicare facility fee");
        JsonNode office = prices.get(1);
        assertThat(office.get("negotiated_rate").decimalValue()).isEqualByComparingTo(new BigDecimal("132.00"));
        assertThat(texts(office.get("service_code"))).contains("11", "12").doesNotContain("21", "22");
        assertThat(office.get("setting").asText()).isEqualTo("outpatient");
    }

    @Test
    void takesTheFacilityFeeForAnInstitutionalPercentOfMedicare() {
        JsonNode file = write(source(BillingClass.FACILITY, List.of(
                FeeScheduleLine.percentOf("99214", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("120")))));

        List<JsonNode> prices = prices(file, "99214");
        assertThat(prices).hasSize(1);
        assertThat(prices.get(0).get("negotiated_rate").decimalValue()).isEqualByComparingTo(new BigDecimal("108.00"));
    }

    @Test
    void roundsAPercentOfMedicareToTheCentHalfUp() {
        ReferenceFeeSchedule medicare = (code, modifier, facility) -> Optional.of(new BigDecimal("10.10"));
        InNetworkRatesSource source = withReference(
                List.of(FeeScheduleLine.percentOf("99214", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("105"))),
                medicare);

        // 105% of 10.10 is 10.605: half-up pays 10.61 where banker's rounding would pay 10.60.
        assertThat(prices(write(source), "99214").get(0).get("negotiated_rate").decimalValue())
                .isEqualByComparingTo(new BigDecimal("10.61"));
    }

    @Test
    void looksUpTheFeeOfADescriptiveModifierButTheSingleProcedureFeeForAPricingModifier() {
        ReferenceFeeSchedule medicare = (code, modifier, facility) ->
                Optional.of(modifier == null ? new BigDecimal("1000") : new BigDecimal("200"));
        InNetworkRatesSource source = withReference(List.of(
                FeeScheduleLine.percentOf("27447", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("150"))
                        .withModifier("50"),
                FeeScheduleLine.percentOf("27447", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("100"))
                        .withModifier("26")), medicare);

        List<JsonNode> prices = prices(write(source), "27447");
        assertThat(prices).extracting(price -> price.get("negotiated_rate").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1500.00"), new BigDecimal("200.00"));
    }

    @Test
    void reportsAPercentOfMedicareAsAPercentageWhenTheScheduleHasNoFee() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.percentOf("99999", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("135")))));
        JsonNode withoutSchedule = write(withReference(List.of(
                FeeScheduleLine.percentOf("99214", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("120"))), null));

        JsonNode price = prices(file, "99999").get(0);
        assertThat(price.get("negotiated_type").asText()).isEqualTo("percentage");
        assertThat(price.get("negotiated_rate").decimalValue()).isEqualByComparingTo(new BigDecimal("135.00"));
        assertThat(price.get("additional_information").asText())
                .isEqualTo("135% of the Medicare fee schedule amount for the code");
        assertThat(texts(price.get("service_code"))).containsExactly("CSTM-00");
        assertThat(prices(withoutSchedule, "99214").get(0).get("negotiated_type").asText()).isEqualTo("percentage");
    }

    @Test
    void writesACaseRateAsABundleWithItsBundledCodesBesideTheCodesFeeForServiceRate() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.caseRate("27447", new BigDecimal("18000"), Set.of("C1776", "27446"))
                        .withBillingClass(BillingClass.FACILITY),
                FeeScheduleLine.fixed("27447", new BigDecimal("1650")))));

        List<JsonNode> items = items(file, "27447");
        assertThat(items).extracting(item -> item.get("negotiation_arrangement").asText())
                .containsExactly("ffs", "bundle");
        JsonNode bundle = items.get(1);
        assertThat(bundle.get("description").asText()).isEqualTo("Total knee arthroplasty");
        JsonNode bundled = bundle.get("bundled_codes");
        assertThat(bundled).hasSize(2);
        assertThat(bundled.get(0).get("billing_code").asText()).isEqualTo("27446");
        assertThat(bundled.get(0).get("billing_code_type").asText()).isEqualTo("CPT");
        assertThat(bundled.get(0).get("description").asText()).isEqualTo("Partial knee arthroplasty");
        assertThat(bundled.get(1).get("billing_code").asText()).isEqualTo("C1776");
        assertThat(bundled.get(1).get("billing_code_type").asText()).isEqualTo("HCPCS");
        assertThat(bundled.get(1).get("description").asText()).isEqualTo("HCPCS code C1776");
        assertThat(bundled.get(1).get("billing_code_type_version").asText()).isEqualTo("2026");
    }

    @Test
    void writesThePlanAndProviderGroupAsTheSchemaSpellsThem() {
        JsonNode file = write(source(List.of(FeeScheduleLine.fixed("99213", BigDecimal.TEN))));

        assertThat(file.get("reporting_entity_name").asText()).isEqualTo("Acme Health Insurance Company");
        assertThat(file.get("reporting_entity_type").asText()).isEqualTo("health insurance issuer");
        assertThat(file.get("plan_name").asText()).isEqualTo("Acme PPO Gold");
        assertThat(file.get("issuer_name").asText()).isEqualTo("Acme Health Insurance Company");
        assertThat(file.get("plan_sponsor_name").asText()).isEqualTo("Midland Manufacturing Inc");
        assertThat(file.get("plan_id_type").asText()).isEqualTo("ein");
        assertThat(file.get("plan_market_type").asText()).isEqualTo("group");
        assertThat(file.get("last_updated_on").asText()).isEqualTo("2026-01-15");
        assertThat(file.get("version").asText()).isEqualTo("2.0.0");
        JsonNode reference = file.get("provider_references").get(0);
        assertThat(reference.get("provider_group_id").asInt()).isEqualTo(1);
        assertThat(texts(reference.get("network_name"))).containsExactly("Acme Choice PPO");
        JsonNode group = reference.get("provider_groups").get(0);
        assertThat(group.get("npi")).extracting(JsonNode::longValue).containsExactly(1234567893L, 1679576722L);
        assertThat(group.get("tin").get("type").asText()).isEqualTo("ein");
        assertThat(group.get("tin").get("value").asText()).isEqualTo("98-7654321");
        assertThat(group.get("tin").get("business_name").asText()).isEqualTo("Riverside Orthopedics PC");
        JsonNode rates = items(file, "99213").get(0).get("negotiated_rates").get(0);
        assertThat(rates.get("provider_references")).extracting(JsonNode::intValue).containsExactly(1);
    }

    @Test
    void leavesThePlanFieldsOutOfAFileForSeveralPlansAndMarksAGroupWithoutNpis() {
        InNetworkRatesSource source = new InNetworkRatesSource("Acme Health Insurance Company",
                "health insurance issuer", null, TicFixtures.LAST_UPDATED,
                new ProviderGroup(TinType.NPI, "1234567893", null, List.of()), List.of("Acme Choice PPO"),
                TicFixtures.EXPIRATION, BillingClass.PROFESSIONAL, List.of(FeeScheduleLine.fixed("99213",
                BigDecimal.TEN)), null, null);

        JsonNode file = write(source);

        assertThat(file.has("plan_name")).isFalse();
        assertThat(file.has("plan_id_type")).isFalse();
        assertThat(file.has("issuer_name")).isFalse();
        JsonNode group = file.get("provider_references").get(0).get("provider_groups").get(0);
        assertThat(group.get("npi")).extracting(JsonNode::longValue).containsExactly(0L);
        assertThat(group.get("tin").get("type").asText()).isEqualTo("npi");
        assertThat(group.get("tin").has("business_name")).isFalse();
    }

    @Test
    void writesAHiosPlanInLowerCaseWithoutASponsor() {
        ReportingPlan plan = new ReportingPlan("Acme Silver", "Acme Health Insurance Company", null,
                PlanIdType.HIOS, "12345VA0010001", PlanMarketType.INDIVIDUAL);
        InNetworkRatesSource source = new InNetworkRatesSource("Acme Health Insurance Company",
                "health insurance issuer", plan, TicFixtures.LAST_UPDATED, TicFixtures.ORTHO_GROUP,
                List.of("Acme Choice PPO"), null, BillingClass.PROFESSIONAL,
                List.of(FeeScheduleLine.fixed("99213", BigDecimal.TEN)), null, Map.of());

        JsonNode file = write(source);

        assertThat(file.get("plan_id_type").asText()).isEqualTo("hios");
        assertThat(file.get("plan_market_type").asText()).isEqualTo("individual");
        assertThat(file.has("plan_sponsor_name")).isFalse();
        assertThat(prices(file, "99213").get(0).get("expiration_date").asText()).isEqualTo("9999-12-31");
    }

    @Test
    void writesMoneyAndPercentagesAsNumbersWithTwoDecimalsAndDatesAsIso() {
        String text = writeText(source(List.of(
                FeeScheduleLine.fixed("99213", new BigDecimal("150")),
                FeeScheduleLine.fixed("99214", new BigDecimal("99.999")),
                FeeScheduleLine.percentOf("80053", RateMethod.PERCENT_OF_CHARGES, new BigDecimal("65")))));

        assertThat(text).contains("\"negotiated_rate\":150.00,", "\"negotiated_rate\":100.00,",
                "\"negotiated_rate\":65.00,", "\"expiration_date\":\"2027-12-31\"");
    }

    @Test
    void describesACodeFromTheGivenDescriptionsOrByItsTypeAndCode() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.fixed("27447", BigDecimal.TEN),
                FeeScheduleLine.fixed("99213", BigDecimal.TEN))));

        assertThat(items(file, "27447").get(0).get("name").asText()).isEqualTo("Total knee arthroplasty");
        assertThat(items(file, "99213").get(0).get("description").asText()).isEqualTo("CPT code 99213");
        assertThat(items(file, "99213").get(0).get("billing_code_type_version").asText()).isEqualTo("2026");
    }

    @Test
    void writesCodesInAscendingOrder() {
        JsonNode file = write(source(List.of(
                FeeScheduleLine.fixed("G0008", BigDecimal.TEN),
                FeeScheduleLine.fixed("99213", BigDecimal.TEN),
                FeeScheduleLine.fixed("0001U", BigDecimal.TEN))));

        assertThat(file.get("in_network")).extracting(item -> item.get("billing_code").asText())
                .containsExactly("0001U", "99213", "G0008");
    }

    @Test
    void refusesAPlaceOfServiceTheSchemaDoesNotAcceptAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InNetworkRatesSource source = source(List.of(
                FeeScheduleLine.fixed("99213", BigDecimal.TEN).withPlaceOfService("28")));

        assertThatThrownBy(() -> new InNetworkRatesWriter().write(source, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99213 POS 28");
        assertThat(out.size()).isZero();
    }

    @Test
    void refusesAContractWithNothingToReportAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InNetworkRatesSource source = source(List.of(FeeScheduleLine.notCovered("99213")));

        assertThatThrownBy(() -> new InNetworkRatesWriter().write(source, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThat(out.size()).isZero();
    }

    @Test
    void flushesButLeavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new InNetworkRatesWriter().write(source(List.of(FeeScheduleLine.fixed("99213", BigDecimal.TEN))), out);

        assertThat(closed[0]).isFalse();
        assertThat(out.toString()).endsWith("}");
    }

    private static InNetworkRatesSource withReference(List<FeeScheduleLine> lines, ReferenceFeeSchedule reference) {
        InNetworkRatesSource base = source(lines);
        return new InNetworkRatesSource(base.reportingEntityName(), base.reportingEntityType(), base.plan(),
                base.lastUpdatedOn(), base.providerGroup(), base.networkNames(), base.expirationDate(),
                base.billingClass(), lines, reference, base.codeDescriptions());
    }
}
