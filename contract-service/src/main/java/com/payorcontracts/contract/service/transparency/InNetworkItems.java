package com.payorcontracts.contract.service.transparency;

import com.payorcontracts.contract.service.transparency.InNetworkItem.Arrangement;
import com.payorcontracts.contract.service.transparency.NegotiatedPrice.NegotiatedType;
import com.payorcontracts.contract.service.transparency.NegotiatedPrice.Setting;
import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.pricing.FacilityPlacesOfService;
import com.payorcontracts.pricing.FeeScheduleLine;
import com.payorcontracts.pricing.ModifierRules;
import com.payorcontracts.pricing.ReferenceFeeSchedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a contract's fee-schedule lines into the {@code in_network} entries of a TiC file, one
 * per code and arrangement, ordered by code.
 *
 * <p>Within a code, lines are read the way the pricing engine matches them: per billing class
 * and modifier, a line for a place of service wins there over a line for any place, and a line
 * with its own billing class wins over one without. So the file states each place's rate once:
 * a line for any place is reported for the places no other line claims (["CSTM-00"] when none
 * does). Lines with the same rate, type and modifier share one price with their places merged.
 *
 * <p>Lines that pay nothing are left out: NOT_COVERED, and rates that round to zero, which the
 * schema cannot state ({@code negotiated_rate} must be above zero). Rates are rounded to the
 * cent, HALF_UP, as everywhere in this system.
 */
final class InNetworkItems {

    private static final Comparator<InNetworkItem> BY_ARRANGEMENT_THEN_BUNDLE =
            Comparator.comparing(InNetworkItem::arrangement)
                    .thenComparing(item -> String.join(",", item.bundledCodes()));

    private InNetworkItems() {
    }

    static List<InNetworkItem> of(InNetworkRatesSource source) {
        Map<String, List<FeeScheduleLine>> byCode = new TreeMap<>();
        for (FeeScheduleLine line : source.lines()) {
            byCode.computeIfAbsent(line.code(), code -> new ArrayList<>()).add(line);
        }
        List<InNetworkItem> items = new ArrayList<>();
        byCode.forEach((code, lines) -> items.addAll(itemsFor(source, code, lines)));
        return items;
    }

    private static List<InNetworkItem> itemsFor(InNetworkRatesSource source, String code, List<FeeScheduleLine> lines) {
        Map<Partition, List<FeeScheduleLine>> partitions = new LinkedHashMap<>();
        for (FeeScheduleLine line : lines) {
            BillingClass billingClass = line.billingClass() != null ? line.billingClass() : source.billingClass();
            partitions.computeIfAbsent(new Partition(billingClass, line.modifier()), p -> new ArrayList<>()).add(line);
        }
        Prices prices = new Prices();
        partitions.forEach((partition, partitionLines) -> {
            Map<String, FeeScheduleLine> atPlace = new TreeMap<>();
            FeeScheduleLine anywhere = null;
            for (FeeScheduleLine line : partitionLines) {
                String place = line.placeOfService();
                if (place == null) {
                    anywhere = preferred(anywhere, line);
                } else if (!PlacesOfService.isReportable(place)) {
                    throw new IllegalArgumentException("fee-schedule line " + line.key() + " has place of service "
                            + place + ", which is not a CMS place-of-service code the TiC schema accepts");
                } else {
                    atPlace.merge(place, line, InNetworkItems::preferred);
                }
            }
            atPlace.forEach((place, line) -> addPrices(prices, source, partition, line, Places.of(List.of(place))));
            if (anywhere != null) {
                Places places = atPlace.isEmpty() ? Places.ALL : Places.allBut(atPlace.keySet());
                addPrices(prices, source, partition, anywhere, places);
            }
        });
        List<InNetworkItem> items = new ArrayList<>();
        prices.byItem.forEach((item, byPrice) -> {
            List<NegotiatedPrice> negotiated = new ArrayList<>(byPrice.size());
            byPrice.forEach((price, places) -> negotiated.add(price.toNegotiatedPrice(places)));
            items.add(new InNetworkItem(code, BillingCodeType.of(code), item.arrangement(), item.bundledCodes(),
                    List.copyOf(negotiated)));
        });
        items.sort(BY_ARRANGEMENT_THEN_BUNDLE);
        return items;
    }

    /** The engine prefers a line with its own billing class; among equals, the first. */
    private static FeeScheduleLine preferred(FeeScheduleLine current, FeeScheduleLine candidate) {
        if (current == null || (current.billingClass() == null && candidate.billingClass() != null)) {
            return candidate;
        }
        return current;
    }

    private static void addPrices(Prices prices, InNetworkRatesSource source, Partition partition,
            FeeScheduleLine line, Places places) {
        String percent = line.percent() == null ? null : line.percent().stripTrailingZeros().toPlainString() + "%";
        switch (line.method()) {
            case NOT_COVERED -> {
                // Pays nothing: nothing to report.
            }
            case FIXED -> prices.add(ItemKey.FFS, NegotiatedType.NEGOTIATED, line.amount(), partition, null, places);
            case PER_DIEM -> prices.add(ItemKey.FFS, NegotiatedType.PER_DIEM, line.amount(), partition, null, places);
            case CASE_RATE -> prices.add(ItemKey.bundle(line.bundledCodes()), NegotiatedType.NEGOTIATED,
                    line.amount(), partition, null, places);
            case PERCENT_OF_CHARGES -> prices.add(ItemKey.FFS, NegotiatedType.PERCENTAGE, line.percent(), partition,
                    percent + " of billed charges", places);
            // The CMS guide defines "percentage" for billed charges; the text says this one is of
            // the invoice cost, which no one knows before the claim, so no dollar amount can be stated.
            case CARVE_OUT_COST_PLUS -> prices.add(ItemKey.FFS, NegotiatedType.PERCENTAGE, line.percent(), partition,
                    "Carve-out: " + percent + " of the item's invoice cost", places);
            case PERCENT_OF_MEDICARE -> addPercentOfMedicare(prices, source.referenceFeeSchedule(), partition, line,
                    percent, places);
        }
    }

    /**
     * A percentage of Medicare is reported as the dollar amount it comes to, typed "fee schedule"
     * with the percentage in {@code additional_information}: the CMS guide defines "percentage"
     * for billed-charges arrangements only, and its all-negotiated-types example reports a
     * fee-schedule rate in dollars. The Medicare fee differs between facility and other places,
     * so a professional line for any place becomes one price for facility places and one for the
     * rest (one for all when the fees are equal). Where the reference schedule has no fee for the
     * code (or there is no schedule) no dollar amount can be stated, so the line falls back to
     * "percentage" with the text saying it is of Medicare.
     */
    private static void addPercentOfMedicare(Prices prices, ReferenceFeeSchedule reference, Partition partition,
            FeeScheduleLine line, String percent, Places places) {
        if (reference == null) {
            addPercentageOfMedicare(prices, partition, line, percent, places);
            return;
        }
        // As the engine does: a pricing modifier (50, 80, ...) is priced on the single-procedure fee.
        String modifier = line.modifier() != null && !ModifierRules.PRICING_MODIFIERS.contains(line.modifier())
                ? line.modifier()
                : null;
        Optional<BigDecimal> facilityFee = reference.amount(line.code(), modifier, true);
        if (partition.billingClass() == BillingClass.FACILITY) {
            addMedicareFee(prices, partition, line, percent, places, facilityFee, "facility");
            return;
        }
        Optional<BigDecimal> otherFee = reference.amount(line.code(), modifier, false);
        if (facilityFee.isEmpty() && otherFee.isEmpty()) {
            addPercentageOfMedicare(prices, partition, line, percent, places);
            return;
        }
        if (places.all() && facilityFee.isPresent() && otherFee.isPresent()
                && facilityFee.get().compareTo(otherFee.get()) == 0) {
            addMedicareFee(prices, partition, line, percent, places, facilityFee, "facility and non-facility");
            return;
        }
        List<String> facility = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String place : places.codesOrReportable()) {
            (FacilityPlacesOfService.isFacility(place) ? facility : other).add(place);
        }
        if (!facility.isEmpty()) {
            addMedicareFee(prices, partition, line, percent, Places.of(facility), facilityFee, "facility");
        }
        if (!other.isEmpty()) {
            addMedicareFee(prices, partition, line, percent, Places.of(other), otherFee, "non-facility");
        }
    }

    private static void addMedicareFee(Prices prices, Partition partition, FeeScheduleLine line, String percent,
            Places places, Optional<BigDecimal> fee, String feeKind) {
        if (fee.isEmpty()) {
            addPercentageOfMedicare(prices, partition, line, percent, places);
            return;
        }
        BigDecimal dollars = fee.get().multiply(line.percent()).movePointLeft(2);
        prices.add(ItemKey.FFS, NegotiatedType.FEE_SCHEDULE, dollars, partition,
                percent + " of the Medicare " + feeKind + " fee", places);
    }

    private static void addPercentageOfMedicare(Prices prices, Partition partition, FeeScheduleLine line,
            String percent, Places places) {
        prices.add(ItemKey.FFS, NegotiatedType.PERCENTAGE, line.percent(), partition,
                percent + " of the Medicare fee schedule amount for the code", places);
    }

    /** Lines the engine chooses among by place of service. */
    private record Partition(BillingClass billingClass, String modifier) {
    }

    /** The places a price applies to: listed, or all ({@link #ALL}). */
    private record Places(boolean all, List<String> codes) {

        static final Places ALL = new Places(true, List.of());

        static Places of(List<String> codes) {
            return new Places(false, codes);
        }

        static Places allBut(Set<String> excluded) {
            List<String> codes = new ArrayList<>(PlacesOfService.REPORTABLE);
            codes.removeAll(excluded);
            return of(codes);
        }

        List<String> codesOrReportable() {
            return all ? PlacesOfService.REPORTABLE : codes;
        }
    }

    /** What makes a separate {@code in_network} entry for one code. */
    private record ItemKey(Arrangement arrangement, List<String> bundledCodes) {

        static final ItemKey FFS = new ItemKey(Arrangement.FFS, List.of());

        static ItemKey bundle(Set<String> bundledCodes) {
            return new ItemKey(Arrangement.BUNDLE, List.copyOf(new TreeSet<>(bundledCodes)));
        }
    }

    /** What makes a separate price within an entry; places with the same key are merged. */
    private record PriceKey(NegotiatedType type, BigDecimal rate, BillingClass billingClass, String modifier,
            String additionalInformation, boolean allPlaces) {

        NegotiatedPrice toNegotiatedPrice(TreeSet<String> places) {
            boolean professional = billingClass == BillingClass.PROFESSIONAL;
            List<String> serviceCodes;
            Setting setting;
            if (allPlaces) {
                // The schema requires service_code for professional prices only; CSTM-00 means every place.
                serviceCodes = professional ? List.of(PlacesOfService.ALL) : null;
                setting = type == NegotiatedType.PER_DIEM ? Setting.INPATIENT : Setting.BOTH;
            } else {
                serviceCodes = List.copyOf(places);
                setting = settingOf(places);
            }
            return new NegotiatedPrice(type, rate, professional ? "professional" : "institutional", setting,
                    serviceCodes, modifier, additionalInformation);
        }

        private static Setting settingOf(Set<String> places) {
            long inpatient = places.stream().filter(PlacesOfService::isInpatient).count();
            if (inpatient == 0) {
                return Setting.OUTPATIENT;
            }
            return inpatient == places.size() ? Setting.INPATIENT : Setting.BOTH;
        }
    }

    /** Prices of one code, by entry and then by price, in the order lines first produced them. */
    private static final class Prices {

        final Map<ItemKey, Map<PriceKey, TreeSet<String>>> byItem = new LinkedHashMap<>();

        void add(ItemKey item, NegotiatedType type, BigDecimal rate, Partition partition,
                String additionalInformation, Places places) {
            BigDecimal rounded = rate.setScale(2, RoundingMode.HALF_UP);
            if (rounded.signum() <= 0 || (!places.all() && places.codes().isEmpty())) {
                return;
            }
            PriceKey key = new PriceKey(type, rounded, partition.billingClass(), partition.modifier(),
                    additionalInformation, places.all());
            byItem.computeIfAbsent(item, k -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new TreeSet<>())
                    .addAll(places.codes());
        }
    }
}
