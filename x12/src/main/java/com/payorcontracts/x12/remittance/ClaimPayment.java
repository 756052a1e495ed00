package com.payorcontracts.x12.remittance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One claim's adjudication (CLP loop), stripped of patient names, member ids, birth dates and addresses.
 *
 * @param position ordinal of the CLP segment in the input
 * @param headerNumber LX01 of the header number loop the claim sits in; null when the file has no LX
 * @param claimId CLP01, the provider's patient control (claim submitter's) number
 * @param statusCode CLP02, e.g. {@code 1} processed as primary, {@code 4} denied, {@code 22} reversal of previous payment
 * @param charge CLP03, total claim charge
 * @param paid CLP04, claim payment amount
 * @param patientResponsibility CLP05; the guide omits it when zero, so an absent CLP05 reads as zero
 * @param filingIndicator CLP06, e.g. {@code MC} Medicaid, {@code 12} PPO
 * @param payerClaimControlNumber CLP07, the payer's claim number
 * @param facilityCode CLP08 facility type code, null when absent
 * @param frequencyCode CLP09 claim frequency code, null when absent
 * @param patientSegmentPresent whether the claim had a patient NM1 (NM1*QC); its content is never kept
 * @param entities the claim's NM1 entities, reduced as {@link ClaimEntity} describes
 * @param references claim REFs, without identifiers of the person (member, SSN, medical record, policy numbers)
 * @param remarkCodes MOA and MIA remittance advice remark codes, in segment order
 * @param adjustments claim-level CAS triplets only; line adjustments are on the lines
 */
public record ClaimPayment(
        int position,
        String headerNumber,
        String claimId,
        String statusCode,
        BigDecimal charge,
        BigDecimal paid,
        BigDecimal patientResponsibility,
        String filingIndicator,
        String payerClaimControlNumber,
        String facilityCode,
        String frequencyCode,
        ClaimDates dates,
        boolean patientSegmentPresent,
        List<ClaimEntity> entities,
        List<Reference> references,
        List<String> remarkCodes,
        List<Adjustment> adjustments,
        List<Amount> amounts,
        List<Quantity> quantities,
        List<ServiceLine> lines) {

    /** CLP02 of a claim that takes back an earlier payment; its amounts carry the opposite sign. */
    public static final String REVERSAL = "22";
    /** CLP02 of a denied claim. */
    public static final String DENIED = "4";

    public ClaimPayment {
        entities = List.copyOf(entities);
        references = List.copyOf(references);
        remarkCodes = List.copyOf(remarkCodes);
        adjustments = List.copyOf(adjustments);
        amounts = List.copyOf(amounts);
        quantities = List.copyOf(quantities);
        lines = List.copyOf(lines);
    }

    public boolean isReversal() {
        return REVERSAL.equals(statusCode);
    }

    public boolean isDenied() {
        return DENIED.equals(statusCode);
    }

    /** Claim-level and line-level adjustments together, claim-level first. */
    public List<Adjustment> allAdjustments() {
        return Stream.concat(adjustments.stream(), lines.stream().flatMap(line -> line.adjustments().stream()))
                .toList();
    }

    /** Sum of the claim-level CAS amounts only. */
    public BigDecimal claimLevelAdjustments() {
        return adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of every CAS amount of the claim, claim-level and line-level. */
    public BigDecimal totalAdjustments() {
        return allAdjustments().stream().map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The first AMT with this qualifier, e.g. {@code AU} coverage amount. */
    public Optional<BigDecimal> amount(String qualifier) {
        return amounts.stream().filter(a -> a.qualifier().equals(qualifier)).map(Amount::value).findFirst();
    }
}
