package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reason/amount pair of a PLB segment: money moved at provider level, outside any claim.
 *
 * <p>A positive amount reduces the transaction's payment (e.g. {@code WO} overpayment recovery),
 * a negative one increases it (e.g. {@code L6} interest).
 *
 * @param position ordinal of the PLB segment in the input
 * @param providerId PLB01, the provider's NPI or tax id
 * @param fiscalPeriodEnd PLB02
 * @param reasonCode PLB03-1 (or PLB05-1, ...), e.g. {@code WO}, {@code FB}, {@code L6}
 * @param referenceId PLB03-2, e.g. the claim being recouped; null when absent
 */
public record ProviderAdjustment(int position, String providerId, LocalDate fiscalPeriodEnd, String reasonCode,
        String referenceId, BigDecimal amount) {
}
