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
                           BigDecimal variance, @Schema(nullable = true) LateInterest lateInterest,
                           @Schema(nullable = true) Integer appealWindowDays,
                           @Schema(nullable = true) LocalDate appealBy) {

    /** The provider who billed: the contract's provider entity and the claim's TIN and NPI. */
    @Schema(name = "AppealPacketProvider")
    public record Provider(@Schema(nullable = true) String name, @Schema(nullable = true) String tin,
                           @Schema(nullable = true) String npi) {
    }

    /** The payor, and the payer as the 835 named itself. */
    @Schema(name = "AppealPacketPayor")
    public record Payor(UUID payorId, @Schema(nullable = true) String payerName, @Schema(nullable = true) String payerId) {
    }

    /** The claim as the provider billed it, and the underpaid line. */
    @Schema(name = "AppealPacketClaim")
    public record ClaimFacts(String claimId, @Schema(nullable = true) String payerClaimNumber,
                             @Schema(nullable = true) LocalDate firstDateOfService,
                             @Schema(nullable = true) LocalDate lastDateOfService, int lineNo, String code,
                             List<String> modifiers, int units,
                             @Schema(nullable = true) String placeOfService,
                             @Schema(nullable = true) LocalDate dateOfService, BigDecimal billed) {
    }

    /** The contract and the exact clause that priced the line. */
    @Schema(name = "AppealPacketContract")
    public record ContractClause(UUID contractId, String name, long contractVersion, LocalDate termsEffectiveFrom,
                                 @Schema(nullable = true) LocalDate termsEffectiveTo,
                                 @Schema(nullable = true) String termsSource,
                                 @Schema(nullable = true) UUID amendmentId, @Schema(nullable = true) String rateLine,
                                 @Schema(nullable = true) String method,
                                 @Schema(nullable = true) BigDecimal rateAmount,
                                 @Schema(nullable = true) BigDecimal ratePercent, String rule,
                                 @Schema(nullable = true) Escalator escalator,
                                 @Schema(nullable = true) BigDecimal lesserOfPercent) {
    }

    /** The contract's escalator: so much a year from the first anniversary, for so many years. */
    @Schema(name = "AppealPacketEscalator")
    public record Escalator(BigDecimal annualPercent, LocalDate firstAnniversary, int years) {
    }

    /** The expected amount with the pricing engine's figures (those of a quote of the same claim). */
    @Schema(name = "AppealPacketExpected")
    public record Expected(BigDecimal amount, String rule, @Schema(nullable = true) String matchedLine,
                           @Schema(nullable = true) BigDecimal escalatorFactor,
                           @Schema(nullable = true) BigDecimal modifierPercent, int reductionRank,
                           @Schema(nullable = true) BigDecimal reductionPercent,
                           @Schema(nullable = true) BigDecimal lesserOfPercent,
                           @Schema(nullable = true) BigDecimal lesserOfChargeLimit,
                           @Schema(nullable = true) String lesserOfWinner,
                           List<ExpectedAmountSteps.Step> steps) {
    }

    /** What the 835s paid on the line, with their adjustment (CARC) and remark (RARC) codes. */
    @Schema(name = "AppealPacketPayment")
    public record Payment(@Schema(nullable = true) LocalDate paymentDate, List<String> traceNumbers, BigDecimal paid,
                          @Schema(nullable = true) BigDecimal patientResponsibility,
                          @Schema(nullable = true) BigDecimal allowed, List<Adjustment> adjustments,
                          List<String> remarkCodes) {
    }

    /** One CAS adjustment: group (CO, PR, OA, PI), CARC reason and amount. */
    @Schema(name = "AppealPacketAdjustment")
    public record Adjustment(String group, String reason, BigDecimal amount) {
    }

    /** The claim's payment timing under the contract's clean-claim days and interest rate. */
    @Schema(name = "AppealPacketLateInterest")
    public record LateInterest(@Schema(nullable = true) LocalDate receivedDate,
                               @Schema(nullable = true) LocalDate paymentDate,
                               @Schema(nullable = true) Integer daysToPay, @Schema(nullable = true) Integer cleanClaimDays,
                               @Schema(nullable = true) Integer lateDays,
                               @Schema(nullable = true) BigDecimal annualPercent, BigDecimal claimPaid,
                               @Schema(nullable = true) BigDecimal interestOwed) {
    }

    /** The packet with another status (after the underpayment moved). */
    public AppealPacket withStatus(String newStatus) {
        return new AppealPacket(underpaymentId, newStatus, preparedOn, provider, payor, claim, contract, expected,
                payment, variance, lateInterest, appealWindowDays, appealBy);
    }
}
