package com.payorcontracts.transparency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One negotiated price of an in-network item, with the providers it applies to (resolved from
 * the file's provider references and limited to the market scope).
 *
 * @param code the item's billing code (CPT or HCPCS: other types are counted and skipped)
 * @param arrangement {@code ffs}, {@code bundle} or {@code capitation}
 * @param bundledCodes the codes a bundle or capitation covers ({@code bundled_codes} or {@code covered_services}); empty for ffs
 * @param type what the amount is; a {@link NegotiatedType#PERCENTAGE} of 65.0 is 65%
 * @param amount {@code negotiated_rate} exactly as written
 * @param billingClass professional, institutional or both
 * @param setting inpatient, outpatient or both
 * @param placesOfService the {@code service_code}s; empty means every place ({@code CSTM-00} or none given)
 * @param modifiers the {@code billing_code_modifier}s as written; empty for none
 * @param expiration the {@code expiration_date}; null for {@code 9999-12-31} (no expiration)
 * @param providers who is paid this rate
 */
public record NegotiatedRate(
        BillingCode code,
        String arrangement,
        List<BillingCode> bundledCodes,
        NegotiatedType type,
        BigDecimal amount,
        TicBillingClass billingClass,
        Setting setting,
        List<String> placesOfService,
        List<String> modifiers,
        LocalDate expiration,
        List<Provider> providers) {

    public NegotiatedRate {
        bundledCodes = List.copyOf(bundledCodes);
        placesOfService = List.copyOf(placesOfService);
        modifiers = List.copyOf(modifiers);
        providers = List.copyOf(providers);
    }

    /** Whether the rate holds at every place of service. */
    public boolean everyPlaceOfService() {
        return placesOfService.isEmpty();
    }

    /** Whether the rate is a fee for the service itself (not a bundle or a capitation). */
    public boolean feeForService() {
        return "ffs".equals(arrangement);
    }
}
