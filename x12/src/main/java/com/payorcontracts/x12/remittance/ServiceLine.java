package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One adjudicated service line (SVC loop) of a claim.
 *
 * @param position ordinal of the SVC segment in the input
 * @param procedure SVC01, the adjudicated procedure
 * @param charge SVC02, the submitted line charge
 * @param paid SVC03, the line payment
 * @param revenueCode SVC04 NUBC revenue code, null when absent
 * @param units SVC05 paid units; the guide defines an absent SVC05 as one unit
 * @param originalProcedure SVC06, the submitted procedure when the payer adjudicated a different one; null otherwise
 * @param serviceFrom DTM*472 or DTM*150, null when absent
 * @param serviceTo DTM*472 or DTM*151, null when absent
 * @param adjustments every CAS triplet of the line
 * @param remarks LQ remark codes
 */
public record ServiceLine(
        int position,
        Procedure procedure,
        BigDecimal charge,
        BigDecimal paid,
        String revenueCode,
        BigDecimal units,
        Procedure originalProcedure,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        List<Adjustment> adjustments,
        List<Reference> references,
        List<Amount> amounts,
        List<Quantity> quantities,
        List<Remark> remarks) {

    public ServiceLine {
        adjustments = List.copyOf(adjustments);
        references = List.copyOf(references);
        amounts = List.copyOf(amounts);
        quantities = List.copyOf(quantities);
        remarks = List.copyOf(remarks);
    }

    /** Sum of all CAS amounts of this line. */
    public BigDecimal totalAdjustments() {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The first AMT with this qualifier, e.g. {@code B6} allowed. */
    public Optional<BigDecimal> amount(String qualifier) {
        return amounts.stream().filter(a -> a.qualifier().equals(qualifier)).map(Amount::value).findFirst();
    }

    /** The value of the first REF with this qualifier, e.g. {@code 6R} line item control number. */
    public Optional<String> reference(String qualifier) {
        return references.stream().filter(r -> r.qualifier().equals(qualifier)).map(Reference::value).findFirst();
    }
}
