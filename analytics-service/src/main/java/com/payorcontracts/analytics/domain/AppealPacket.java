package com.payorcontracts.analytics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a payor's appeals desk needs to reprocess one underpaid claim line: who billed and who paid,
 * the provider's claim id and dates of service (never patient data: the system holds none), the
 * contract clause that priced the line, the expected amount step by step with the pricing engine's
 * figures, what the 835 paid with its CARC and RARC codes, the variance, the interest owed for late
 * payment under the contract, and the last day to appeal. Money is to the cent.
 */
@Schema(name = "AppealPacket")
public record AppealPacket(long underpaymentId, String status, LocalDate preparedOn, Provider provider, Payor payor,
                           ClaimFacts claim, ContractClause contract, Expected expected, Payment payment,
                           BigDecimal variance, LateInterest lateInterest, Integer appealWindowDays,
                           LocalDate appealBy) {

    /** The provider who billed: the contract's provider entity and the claim's TIN and NPI. */
    @Schema(name = "AppealPacketProvider")
    public record Provider(String name, String tin, String npi) {
    }

    /** The payor, and the payer as the 835 named itself. */
    @Schema(name = "AppealPacketPayor")
    public record Payor(UUID payorId, String payerName, String payerId) {
    }

    /** The claim as the provider billed it, and the underpaid line. */
    @Schema(name = "AppealPacketClaim")
    public record ClaimFacts(String claimId, String payerClaimNumber, LocalDate firstDateOfService,
                             LocalDate lastDateOfService, int lineNo, String code, List<String> modifiers, int units,
                             String placeOfService, LocalDate dateOfService, BigDecimal billed) {
    }

    /** The contract and the exact clause that priced the line. */
    @Schema(name = "AppealPacketContract")
    public record ContractClause(UUID contractId, String name, long contractVersion, LocalDate termsEffectiveFrom,
                                 LocalDate termsEffectiveTo, String termsSource, UUID amendmentId, String rateLine,
                                 String method, BigDecimal rateAmount, BigDecimal ratePercent, String rule,
                                 Escalator escalator, BigDecimal lesserOfPercent) {
    }

    /** The contract's escalator: so much a year from the first anniversary, for so many years. */
    @Schema(name = "AppealPacketEscalator")
    public record Escalator(BigDecimal annualPercent, LocalDate firstAnniversary, int years) {
    }

    /** The expected amount with the pricing engine's figures (those of a quote of the same claim). */
    @Schema(name = "AppealPacketExpected")
    public record Expected(BigDecimal amount, String rule, String matchedLine, BigDecimal escalatorFactor,
                           BigDecimal modifierPercent, int reductionRank, BigDecimal reductionPercent,
                           BigDecimal lesserOfPercent, BigDecimal lesserOfChargeLimit, String lesserOfWinner,
                           List<ExpectedAmountSteps.Step> steps) {
    }

    /** What the 835s paid on the line, with their adjustment (CARC) and remark (RARC) codes. */
    @Schema(name = "AppealPacketPayment")
    public record Payment(LocalDate paymentDate, List<String> traceNumbers, BigDecimal paid,
                          BigDecimal patientResponsibility, BigDecimal allowed, List<Adjustment> adjustments,
                          List<String> remarkCodes) {
    }

    /** One CAS adjustment: group (CO, PR, OA, PI), CARC reason and amount. */
    @Schema(name = "AppealPacketAdjustment")
    public record Adjustment(String group, String reason, BigDecimal amount) {
    }

    /** The claim's payment timing under the contract's clean-claim days and interest rate. */
    @Schema(name = "AppealPacketLateInterest")
    public record LateInterest(LocalDate receivedDate, LocalDate paymentDate, Integer daysToPay, Integer cleanClaimDays,
                               Integer lateDays, BigDecimal annualPercent, BigDecimal claimPaid,
                               BigDecimal interestOwed) {
    }

    /** The packet with another status (after the underpayment moved). */
    public AppealPacket withStatus(String newStatus) {
        return new AppealPacket(underpaymentId, newStatus, preparedOn, provider, payor, claim, contract, expected,
                payment, variance, lateInterest, appealWindowDays, appealBy);
    }
}
