package com.payorcontracts.transparency.benchmark;

import com.payorcontracts.pricing.BillingClass;
import com.payorcontracts.transparency.NegotiatedRate;
import com.payorcontracts.transparency.Provider;
import com.payorcontracts.transparency.RateUnit;
import com.payorcontracts.transparency.TicBillingClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns negotiated prices into market rates (dollars per service, fee for service) and counts what
 * it leaves out. Not thread-safe: one per import.
 */
public final class MarketRateExtractor {

    private final String payor;
    private long notDollars;
    private long notFeeForService;

    public MarketRateExtractor(String payor) {
        this.payor = payor;
    }

    /**
     * The market rates of one price: one per TIN &times; billing class ({@code both} gives one of
     * each) &times; site. An institutional price is a facility price. A professional price counts
     * for the facility site when one of its places of service is a facility, for the non-facility
     * site when one is not, and for both when it holds at every place.
     */
    public List<MarketRate> extract(NegotiatedRate rate) {
        if (!rate.feeForService()) {
            // A bundle's or capitation's price pays for more than the code: not comparable.
            notFeeForService++;
            return List.of();
        }
        if (rate.type().unit() != RateUnit.DOLLARS) {
            // Percentages of charges and per diems are other units: never pooled with dollars.
            notDollars++;
            return List.of();
        }
        String modifier = String.join("+", rate.modifiers());
        Set<String> tins = new LinkedHashSet<>();
        for (Provider provider : rate.providers()) {
            tins.add(provider.tinKey());
        }
        List<MarketRate> out = new ArrayList<>();
        for (BillingClass billingClass : classes(rate.billingClass())) {
            for (Site site : sites(billingClass, rate.placesOfService())) {
                BenchmarkKey key = new BenchmarkKey(rate.code().code(), billingClass, site, modifier);
                for (String tin : tins) {
                    out.add(new MarketRate(payor, tin, key, rate.amount()));
                }
            }
        }
        return out;
    }

    /** Prices left out because they are percentages or per diems. */
    public long notDollars() {
        return notDollars;
    }

    /** Prices left out because they belong to a bundle or a capitation. */
    public long notFeeForService() {
        return notFeeForService;
    }

    private static Set<BillingClass> classes(TicBillingClass billingClass) {
        return switch (billingClass) {
            case PROFESSIONAL -> EnumSet.of(BillingClass.PROFESSIONAL);
            case INSTITUTIONAL -> EnumSet.of(BillingClass.FACILITY);
            case BOTH -> EnumSet.of(BillingClass.PROFESSIONAL, BillingClass.FACILITY);
        };
    }

    private static Set<Site> sites(BillingClass billingClass, List<String> placesOfService) {
        if (billingClass == BillingClass.FACILITY) {
            return EnumSet.of(Site.FACILITY);
        }
        if (placesOfService.isEmpty()) {
            return EnumSet.allOf(Site.class);
        }
        Set<Site> sites = EnumSet.noneOf(Site.class);
        for (String place : placesOfService) {
            sites.add(Site.of(place));
        }
        return sites;
    }
}
