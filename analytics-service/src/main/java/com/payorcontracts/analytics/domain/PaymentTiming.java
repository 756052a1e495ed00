package com.payorcontracts.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a claim took to be paid and what the contract says that costs the payer. Days to pay
 * run from the payer's received date (DTM*050), else the submission date, else the first date of
 * service, to the first payment; a payment is late by the days beyond the contract's clean-claim
 * days; interest = paid × annual rate × late days / 365, HALF_UP to the cent (a net negative paid
 * owes none).
 *
 * @param receivedDate  the date the clock starts
 * @param paymentDate   the first payment; null when unpaid
 * @param daysToPay     null when unpaid
 * @param cleanClaimDays the contract's; null without a contract or payment terms
 * @param lateDays      0 when on time; null when unpaid or no clean-claim days
 * @param interestOwed  null unless late days and an interest rate are known
 */
public record PaymentTiming(LocalDate receivedDate, LocalDate paymentDate, Integer daysToPay, Integer cleanClaimDays,
                            Integer lateDays, BigDecimal interestOwed) {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    /**
     * @param received        DTM*050 of the earliest remittance; null when none said
     * @param submitted       the claim's submission date; null when unknown
     * @param firstService    the claim's first date of service
     * @param firstPayment    the first payment's date; null when unpaid
     * @param cleanClaimDays  the contract's clean-claim payment days; null when none
     * @param annualInterestPercent the contract's late-payment interest, 12 = 12% a year; null when none
     * @param paid            what the remittances paid in all (net of reversals)
     */
    public static PaymentTiming of(LocalDate received, LocalDate submitted, LocalDate firstService,
                                   LocalDate firstPayment, Integer cleanClaimDays, BigDecimal annualInterestPercent,
                                   BigDecimal paid) {
        LocalDate start = received != null ? received : submitted != null ? submitted : firstService;
        Integer days = firstPayment == null ? null : (int) ChronoUnit.DAYS.between(start, firstPayment);
        Integer late = days == null || cleanClaimDays == null ? null : Math.max(0, days - cleanClaimDays);
        BigDecimal interest = null;
        if (late != null && annualInterestPercent != null) {
            interest = interest(paid, annualInterestPercent, late);
        }
        return new PaymentTiming(start, firstPayment, days, cleanClaimDays, late, interest);
    }

    /** paid × rate% × late days / 365, HALF_UP to the cent; a negative paid counts as zero. */
    public static BigDecimal interest(BigDecimal paid, BigDecimal annualInterestPercent, int lateDays) {
        return paid.max(BigDecimal.ZERO).multiply(annualInterestPercent).movePointLeft(2)
                .multiply(BigDecimal.valueOf(lateDays)).divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
    }
}
