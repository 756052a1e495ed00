package com.payorcontracts.contract.service.transparency;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanIdType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.PlanMarketType;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ProviderGroup;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.ReportingPlan;
import com.payorcontracts.contract.service.transparency.InNetworkRatesSource.TinType;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.InMemoryReferenceFeeSchedule;
import com.payorcontracts.pricing.RateMethod;
import com.payorcontracts.pricing.ReferenceFeeSchedule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sources, lines and a Medicare schedule for the TiC writer tests. */
final class TicFixtures {

    static final LocalDate LAST_UPDATED = LocalDate.of(2026, 1, 15);
    static final LocalDate EXPIRATION = LocalDate.of(2027, 12, 31);

    static final ReportingPlan EMPLOYER_PLAN = new ReportingPlan("Acme PPO Gold", "Acme Health Insurance Company",
            "Midland Manufacturing Inc", PlanIdType.EIN, "12-3456789", PlanMarketType.GROUP);
    static final ProviderGroup ORTHO_GROUP = new ProviderGroup(TinType.EIN, "98-7654321",
            "Riverside Orthopedics PC", List.of(1234567893L, 1679576722L));

    /** 99214: facility 90.00, non-facility 110.00; 99214-26 20.00 everywhere; 10060: 100.10 everywhere. */
    static final ReferenceFeeSchedule MEDICARE = InMemoryReferenceFeeSchedule.builder()
            .put("99214", null, new BigDecimal("90.00"), new BigDecimal("110.00"))
            .put("99214", "26", new BigDecimal("20.00"), new BigDecimal("20.00"))
            .put("10060", null, new BigDecimal("100.10"), new BigDecimal("100.10"))
            .put("27447", null, new BigDecimal("1400.00"), new BigDecimal("1400.00"))
            .build();

    // Rates read as BigDecimal, not double, so a test sees the number the file holds.
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TicFixtures() {
    }

    /** A professional group's contract with these lines, priced against {@link #MEDICARE}. */
    static InNetworkRatesSource source(List<FeeScheduleLine> lines) {
        return source(BillingClass.PROFESSIONAL, lines);
    }

    static InNetworkRatesSource source(BillingClass billingClass, List<FeeScheduleLine> lines) {
        return new InNetworkRatesSource("Acme Health Insurance Company", "health insurance issuer", EMPLOYER_PLAN,
                LAST_UPDATED, ORTHO_GROUP, List.of("Acme Choice PPO"), EXPIRATION, billingClass, lines, MEDICARE,
                Map.of("27447", "Total knee arthroplasty", "27446", "Partial knee arthroplasty"));
    }

    /** One line of every method, at several places, with modifiers, of both billing classes. */
    static List<FeeScheduleLine> mixedContract() {
        return List.of(
                FeeScheduleLine.fixed("99213", new BigDecimal("85.50")).withPlaceOfService("11"),
                FeeScheduleLine.fixed("99213", new BigDecimal("85.50")).withPlaceOfService("22"),
                FeeScheduleLine.fixed("99213", new BigDecimal("70")),
                FeeScheduleLine.fixed("27447", new BigDecimal("1650.00")),
                FeeScheduleLine.fixed("27447", new BigDecimal("2475.00")).withModifier("50"),
                FeeScheduleLine.caseRate("27447", new BigDecimal("18000"), Set.of("27446", "C1776"))
                        .withBillingClass(BillingClass.FACILITY).withPlaceOfService("21"),
                FeeScheduleLine.percentOf("99214", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("120")),
                FeeScheduleLine.percentOf("99214", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("120"))
                        .withModifier("26"),
                FeeScheduleLine.percentOf("99999", RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("135")),
                FeeScheduleLine.percentOf("80053", RateMethod.PERCENT_OF_CHARGES, new BigDecimal("65")),
                FeeScheduleLine.amountOf("99223", RateMethod.PER_DIEM, new BigDecimal("2400"))
                        .withBillingClass(BillingClass.FACILITY),
                FeeScheduleLine.percentOf("C1776", RateMethod.CARVE_OUT_COST_PLUS, new BigDecimal("110"))
                        .withBillingClass(BillingClass.FACILITY),
                FeeScheduleLine.fixed("G0008", new BigDecimal("25.33")).withPlaceOfService("12"),
                FeeScheduleLine.fixed("3074F", new BigDecimal("0.01")),
                FeeScheduleLine.notCovered("0042T"),
                FeeScheduleLine.notCovered("99213").withPlaceOfService("02"));
    }

    /** {@code count} lines: four per code (any place, facility place, modifier 26, inpatient per diem), a fifth HCPCS. */
    static List<FeeScheduleLine> manyLines(int count) {
        List<FeeScheduleLine> lines = new ArrayList<>(count);
        for (int i = 0; lines.size() < count; i++) {
            String cpt = String.valueOf(10000 + i);
            String hcpcs = "J" + String.format("%04d", i % 10000);
            BigDecimal amount = BigDecimal.valueOf(50 + i % 900, 0).add(new BigDecimal("0.25"));
            lines.add(FeeScheduleLine.fixed(cpt, amount));
            lines.add(FeeScheduleLine.percentOf(cpt, RateMethod.PERCENT_OF_MEDICARE, new BigDecimal("115"))
                    .withPlaceOfService("22"));
            lines.add(FeeScheduleLine.fixed(cpt, amount.multiply(new BigDecimal("0.26"))).withModifier("26"));
            lines.add(FeeScheduleLine.amountOf(cpt, RateMethod.PER_DIEM, amount.multiply(BigDecimal.TEN))
                    .withBillingClass(BillingClass.FACILITY).withPlaceOfService("21"));
            lines.add(FeeScheduleLine.percentOf(hcpcs, RateMethod.PERCENT_OF_CHARGES, new BigDecimal("42.5")));
        }
        return lines.subList(0, count);
    }

    /** A Medicare schedule with a fee for every code {@link #manyLines} uses. */
    static ReferenceFeeSchedule medicareFor(List<FeeScheduleLine> lines) {
        InMemoryReferenceFeeSchedule.Builder builder = InMemoryReferenceFeeSchedule.builder();
        for (FeeScheduleLine line : lines) {
            builder.put(line.code(), null, new BigDecimal("61.17"), new BigDecimal("88.40"));
        }
        return builder.build();
    }

    static String writeText(InNetworkRatesSource source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new InNetworkRatesWriter().write(source, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static JsonNode write(InNetworkRatesSource source) {
        try {
            return MAPPER.readTree(writeText(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The in_network entries for a code, in file order. */
    static List<JsonNode> items(JsonNode file, String code) {
        List<JsonNode> items = new ArrayList<>();
        file.get("in_network").forEach(item -> {
            if (item.get("billing_code").asText().equals(code)) {
                items.add(item);
            }
        });
        return items;
    }

    /** The negotiated prices of the only entry for a code. */
    static List<JsonNode> prices(JsonNode file, String code) {
        List<JsonNode> items = items(file, code);
        if (items.size() != 1) {
            throw new AssertionError("expected one in_network entry for " + code + ", found " + items.size());
        }
        List<JsonNode> prices = new ArrayList<>();
        items.get(0).get("negotiated_rates").get(0).get("negotiated_prices").forEach(prices::add);
        return prices;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> texts.add(node.asText()));
        }
        return texts;
    }
}
