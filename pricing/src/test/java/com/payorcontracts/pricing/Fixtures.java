package com.payorcontracts.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared contract period, reference fees and short builders for the pricing tables. */
final class Fixtures {

    static final LocalDate EFFECTIVE = LocalDate.of(2024, 1, 1);
    static final LocalDate EXPIRATION = LocalDate.of(2028, 12, 31);
    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2024, 6, 15);
    static final ContractPeriod PERIOD = new ContractPeriod(EFFECTIVE, EXPIRATION);

    /**
     * Reference (Medicare-like) fees per unit, facility / non-facility:
     * 99213 60.00 / 90.00; 20610 55.00 / 70.00; 29881 530.00 / 530.00; 27130 1400.00 / 1400.00;
     * 27447 1300.00 / 1300.00; 64483 210.00 / 420.00; 93000 17.00 / 17.00 and 93000-26 8.50 / 8.50;
     * 36415 20.01 / 20.01 (for half-cent cases). 0042T and 99499 are missing on purpose.
     */
    static final ReferenceFeeSchedule MEDICARE = InMemoryReferenceFeeSchedule.builder()
            .put("99213", null, money("60.00"), money("90.00"))
            .put("20610", null, money("55.00"), money("70.00"))
            .put("29881", null, money("530.00"), money("530.00"))
            .put("27130", null, money("1400.00"), money("1400.00"))
            .put("27447", null, money("1300.00"), money("1300.00"))
            .put("64483", null, money("210.00"), money("420.00"))
            .put("93000", null, money("17.00"), money("17.00"))
            .put("93000", "26", money("8.50"), money("8.50"))
            .put("36415", null, money("20.01"), money("20.01"))
            .build();

    private Fixtures() {
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static BigDecimal percent(String percent) {
        return new BigDecimal(percent);
    }

    static ContractTerms terms(DefaultRule defaultRule, FeeScheduleLine... lines) {
        return ContractTerms.of(PERIOD, defaultRule, List.of(lines));
    }

    static ContractTerms terms(FeeScheduleLine... lines) {
        return terms(DefaultRule.notCovered(), lines);
    }

    static ClaimLine line(String code, int units, String placeOfService, String charge) {
        return ClaimLine.of(code, units, placeOfService, money(charge));
    }

    static ClaimLine line(String code, String charge) {
        return line(code, 1, "11", charge);
    }

    static ClaimLine modified(String code, String charge, String... modifiers) {
        return new ClaimLine(code, List.of(modifiers), 1, "11", money(charge), null);
    }

    static ClaimLine implant(String code, String charge, String invoiceCost) {
        return new ClaimLine(code, List.of(), 1, "22", money(charge), invoiceCost == null ? null : money(invoiceCost));
    }

    static Claim claim(ClaimLine... lines) {
        return new Claim(DATE_OF_SERVICE, BillingClass.PROFESSIONAL, List.of(lines));
    }

    static Claim claimOn(LocalDate dateOfService, ClaimLine... lines) {
        return new Claim(dateOfService, BillingClass.PROFESSIONAL, List.of(lines));
    }

    static PricedClaim price(ContractTerms terms, Claim claim) {
        return new ClaimPricer().price(terms, MEDICARE, claim);
    }

    static FeeScheduleLine eligible(FeeScheduleLine line) {
        return line.withMultipleProcedureEligible(true);
    }

    static MultipleProcedureReduction standardReduction(String... exemptCodes) {
        return new MultipleProcedureReduction(
                List.of(percent("100"), percent("50"), percent("50"), percent("50"), percent("50")),
                Set.of(exemptCodes));
    }
}
